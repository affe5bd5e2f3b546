<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>App</name>
        <message>
            <source>Welcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This database is still empty. Fill it with demo data (3 cohorts, about 1,200 students, 2,000 UMKM) to try the program? You can start a clean database later with File → New database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Demo data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filling the database with demo data…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AssignmentEditor</name>
        <message>
            <source>Edit mentor assignment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assign a mentor</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AssignmentsPage</name>
        <message>
            <source>&amp;Active only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only assignments that have not ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assign &amp;mentor…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give a team its mentor; the previous one is ended (Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;End assignment…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set the end date of the selected assignment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot end</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End mentor assignment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{active} of {capacity} teams</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>over capacity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>full</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mentor's load</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mentor history</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <source>No backup was made: the disk is full. Free some space (or choose another folder) and try again. The database is unchanged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No backup was made ({detail}). The database is unchanged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No backup was made: the database fails its check ({detail}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup copy failed its check ({detail}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is missing or empty, but there are backups of it. Restore one (wirausaha restore, or open it in the app) instead of starting an empty database there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is not a backup of this program's database (it is empty, missing or another kind of file); choose another one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup {name} is damaged ({detail}); choose another one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The restored copy failed its check ({detail}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was restored: the disk is full. Free some space and try again. The database is as it was.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was restored ({detail}). The database is as it was.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BackupActions</name>
        <message>
            <source>&amp;Back up now…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Restore from a backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back up now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup was saved as:
{file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backing up {name}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace the open database with the backup of {date}?

Changes made since then are not in the backup. The current file is kept beside it, renamed {name}.replaced-(date).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup was restored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The replaced file was kept as {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup could not be restored: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restoring the backup of {name}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Daily backup saved: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Daily backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The daily backup could not be made: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database cannot be opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This database is on a server; back it up with the server's own tools.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Restore from a backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Daily (automatic)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Made by hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before a program upgrade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups of {name}, newest first. Restoring replaces the open database with the chosen copy; the current file is kept beside it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There are no backups of {name} yet. Use File → Back up now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Folder: {folder}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>back up a database (verified copy) and prune old backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writes a verified copy into &lt;name&gt;-backups/ beside the database, then keeps the newest backup of each of the last N days, W weeks and M months. Nothing is pruned when no backup could be made.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>database file (default: the app's own database)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>days to keep a backup of (default: %(default)s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>weeks to keep a backup of (default: %(default)s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>months to keep a backup of (default: %(default)s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>word at the end of the file name (default: %(default)s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>backup folder (default: beside the database)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>only list the existing backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>wirausaha {command}: only SQLite database files can be backed up and restored here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no backups in {folder}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>wirausaha backup: {path} does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>backup: {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pruned: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kept} backup(s) kept, {pruned} pruned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>check a database's schema version and integrity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checks that the database's schema version is the program's and that the data is intact (SQLite: integrity_check and foreign_key_check; PostgreSQL: constraints, indexes and id sequences). Exit status 1 when a problem is found.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>schema: {revision} (program: {head})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>schema {revision} is not the program's {head}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>warning: the file is on a network drive ({kind}); its locks are not reliable there, so two computers writing at once can damage it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>problem: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>integrity_check: ok</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>foreign_key_check: ok</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>constraints, indexes, id sequences: ok</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fill an empty database with demo data (small: one province year; large: plus 1,000,000 UMKM and 100,000 students)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fills an empty database with realistic demo data: small is one province's program year, large adds 1,000,000 UMKM and 100,000 students. A database that already holds data is refused. The same seed gives the same data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>how much data (default: %(default)s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>random seed; same seed, same data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>demo data ({size}, seed {seed}) written to {database} in {seconds} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>export to an Excel workbook (NIK and phone numbers masked unless --full)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writes the database, or one cohort or university, as a formatted Excel workbook: one worksheet per kind of record. NIK and phone numbers are masked unless --full is given.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>workbook to write</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>only this cohort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>only this university (name or short name)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>write NIK and phone numbers whole (personal data!)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>import an Excel sheet (checked first, all or nothing)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checks every row of the sheet first, then imports it in one transaction. Any refused row refuses the whole file (nothing is written) unless --skip-invalid asks to import the valid rows only. Exit status 0: imported (or a clean dry run); 1: rows refused; 2: the file itself refused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>what the sheet holds: %(choices)s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the workbook to read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cohort for rows that name none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>worksheet to read (default: the first)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>check and report, write nothing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>rows matching a record (NIM within university, NIB, name) update it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>import the valid rows even when some rows are refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>row {row}, column {column}: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>row {row}: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>file, column {column}: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>file: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sheet “{sheet}”, header row {row}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>  ignored: {columns}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, {count} unchanged (skipped)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{read} row(s) read, {accepted} accepted ({new} new, {updated} updated{unchanged}), {refused} refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dry run: nothing was saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was imported: correct the refused rows, or use --skip-invalid to import only the valid rows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported: {new} new, {updated} updated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outputs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Granted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disbursed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>outputs (luaran) and seed funds of a cohort, per team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shows, for each team of a cohort, the program outputs (luaran) achieved and the seed funds granted, disbursed and reported, with the cohort's totals.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cohort name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>print JSON</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{teams} team(s): outputs {done}/{total} ({percent}), granted {granted}, disbursed {disbursed}, reported {reported}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>== Mentoring hours per team (sessions, hours)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>== Mentoring hours per mentor (sessions, hours)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>== Mentoring hours per student (sessions present, hours)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{hours} h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>mentoring logbook recaps (hours, gaps)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mentoring hours per team, mentor and student, the students never mentored and the teams without a session in the last weeks, for one cohort or all.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cohort name (default: every cohort)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>flag teams without a session in this many weeks (default: %(default)s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>count the weeks back from this date (default: today)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not a date (YYYY-MM-DD): {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>== Students never mentored ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>== Teams without a session in {weeks} week(s) as of {date} (last session)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>write a printable PDF report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writes one PDF report. Kinds of report:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>which report (one of the kinds above)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>where to write the PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cohort (angkatan) name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>university name or short name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kabupaten/kota code, e.g. 35.78</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>team name (logbook, attendance)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>mentor name (logbook)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>mentoring session id (attendance)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no progress on stderr</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>restore a database from a backup (the current file is kept aside)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Without --from, the newest backup that passes integrity_check is used. A damaged database is renamed to &lt;name&gt;.corrupt-&lt;stamp&gt;, a healthy one to &lt;name&gt;.replaced-&lt;stamp&gt;; nothing is deleted. Close the app first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>backup file to restore (default: the newest verified backup)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>damaged database set aside: {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>  problem: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no verified backup found; nothing restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>previous database kept as: {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>restored {backup} -&gt; {target}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>count the records in a database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counts the records of each kind and the program outcomes: formalised, naik_kelas and digital count the UMKM that got an NIB, went up a scale class or gained a digital sales channel during an active or finished pairing (each UMKM once, however many teams helped it).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>print JSON keyed by table name, plus formalised / naik_kelas / digital</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>propose an optimal pairing of a cohort's teams with UMKM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proposes the optimal team ↔ UMKM pairing for a cohort; nothing is saved unless --save writes the proposal as proposed pairings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>candidate UMKM per team (default: %(default)s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>save the proposal as proposed pairings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} pairing(s), total score {score}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>saved {count} proposed pairing(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>write an Excel import template for one kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writes an empty Excel workbook with the columns an import of one kind expects and an example row; fill it in, then read it with 'wirausaha import'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>what the template is for: %(choices)s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>also offer this database's universities, cohorts, mentors and teams as drop-down lists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>database file or SQLAlchemy URL (default: the app's own database)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wirausaha Merdeka Manager — headless tools (demo data, import, export, reports, backup, check).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>language of messages and help (default: id)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>log progress to stderr</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>commands</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'wirausaha COMMAND --help' describes one command and its options.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>wirausaha: interrupted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>usage:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>positional arguments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>options</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>show program's version number and exit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{prog}: error: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>invalid choice: %(value)r, maybe you meant %(closest)r?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected one argument</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected %s argument</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected %s arguments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>can't open '%(filename)s': %(error)s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>int</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>float</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not a whole number: {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be {least} or more: {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Universities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cohorts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Students</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Teams</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mentors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mentor assignments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mentoring sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UMKM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UMKM snapshots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UMKM pairings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seed fund entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team outputs (luaran)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UMKM formalised (new NIB)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UMKM moved up a class</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UMKM gone digital</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>demo data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>students</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>teams</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>mentoring sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>search index</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>indexes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>checking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>saving</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>updating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>backing up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Laying out pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>database disk image is malformed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>file is not a database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Institution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Logo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active pairings per team, at most</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Teams per UMKM, at most</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>institution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>city</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>logo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>active pairings per team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>teams per UMKM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>show or change the program settings (reports, pairing limits)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shows the institution and city the reports name, the report logo and the pairing limits; the options change them, the settings not given keep their values. Nothing is saved when a value is refused (exit status 1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>institution named on the reports' header and cover</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>city written before the date above the signatures ("" clears it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PNG or JPEG image for the report header ("" for the program's own logo)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>active pairings a team may have at once ({low} to {high})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>teams an UMKM may work with at once ({low} to {high})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>print the settings as JSON (institution_name, report_city, report_logo, max_pairings_per_team, max_pairings_per_umkm)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(the program's own logo)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>note: {teams} team(s) and {umkm} UMKM already have more active pairings than the limits allow. They keep them; new active pairings wait until they are below the limit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(not set)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no change: the settings already had these values</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>settings saved</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CohortEditor</name>
        <message>
            <source>Edit cohort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New cohort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Odd (ganjil)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Even (genap)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CohortsDialog</name>
        <message>
            <source>Cohort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name *:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>WMK 2025 Ganjil Polije</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Host university *:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Year *:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Semester *:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quota (students):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Own students (&amp;%):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Pre-immersion starts:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Immersion starts:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P&amp;ost-immersion starts:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Semester &amp;ends:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;xpo / Demo Day:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <source>Universities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cohorts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Students</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Teams</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mentors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UMKM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UMKM pairings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mentoring sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UMKM formalised (new NIB)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UMKM moved up a class</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UMKM gone digital</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UMKM outcomes of active and finished pairings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the pairings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last backup: {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No backup yet: File → Back up now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reports carry the name “{name}”: Tools → Program settings.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>{path} is not a Wirausaha database (not an SQLite file). The file was left untouched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is damaged and cannot be read ({detail}). The file was left untouched; restore a backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} cannot be read ({detail}). Check that the drive is there and that you may read and write the file and its folder. The file was left untouched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} was written by a newer version of this program (schema {revision}). Install the newer version to open it; the file was left unchanged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is an SQLite database of another program. The file was left untouched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database is in use by another program or window. Nothing was saved; try again in a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The disk is full, so nothing was saved. Free some space and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was saved: {reason} What you typed is still there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the database file or its folder is read-only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the disk could not be written (a disk or network drive error).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the database file is damaged; close the program and open it again to restore a backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>foreign key: {table} row {rowid} -&gt; {parent}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sequence {sequence}: next id {next_id} but {table} already has id {highest} (new records would fail)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>constraint {name} on {table} is not validated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>index {name} is not valid</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DatabaseOpen</name>
        <message>
            <source>Wirausaha databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is already open in another Wirausaha window (process {pid}). Switch to that window, or close it and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder of {path} cannot be written to (it is read-only or you have no permission there): the program needs to write its lock file and the database there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} already exists. Choose another name, or use Open database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database cannot be opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open another…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create new…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{path}” is missing or empty, but there are backups of it (or copies set aside). Restore the newest good backup rather than starting an empty database?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore the newest backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start an empty database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None of the backups passes its check; the set-aside copies are kept beside the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database on a network drive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{path}” is on a network drive ({kind}). File locks are not reliable there: if two computers write to it at the same time, the file can be damaged.

Copy it to this computer's disk and work on the copy, or make sure only one person has it open at a time.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <source>Demo data goes only into an empty database, and this one already holds records ({table}). Nothing was changed; create a new database for the demo.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExcelActions</name>
        <message>
            <source>&amp;Import from Excel…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export to Excel…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel &amp;template…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Template for:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the template as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Template saved: {file}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export to Excel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What to export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Whole database: one sheet per kind and a summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Cohort:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;University:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The &amp;list shown now, with its search and filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Full export: write NIK and phone numbers unmasked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Personal data (UU 27/2022): a full export holds NIK and phone numbers. Share it only with people who need them and delete it when done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(all cohorts)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(all universities)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose where to save the workbook.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exporting to Excel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved {rows} row(s) to {file}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import from Excel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step 1 of 3: choose the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;What the sheet holds:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Sheet:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Default cohort:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Update records that already exist (same NIM within a university, same NIB, same name)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import the valid rows even when other rows are &amp;refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Columns are recognised by their headers; title rows above the table are skipped. Nothing is saved until you press Import, and a file with refused rows changes nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(none: the sheet names the cohort)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Column in the sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First values</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step 2 of 3: check which column holds what</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step 3 of 3: check the problems, then import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a workbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a workbook first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the workbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(not imported)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sheet “{sheet}”: headers found in row {row}. Change “Imported as” where a column was not recognised; fields marked * are required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking every row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{read} row(s) read: {new} new, {updated} to update, {refused} refused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file cannot be imported as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correct the refused rows and check again; nothing is imported while any row is refused (unless you go back and choose to import the valid rows only).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything can be imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported: {new} new, {updated} updated.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LazyTableModel</name>
        <message>
            <source>This column cannot be sorted</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ListPage</name>
        <message>
            <source>&amp;New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New record (Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the selected record (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the selected records (Delete)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} records selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a row to see its details.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Listing</name>
        <message>
            <source>Host</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Origin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Host and origin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Odd (ganjil)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Even (genap)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Completed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Withdrawn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Male</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Female</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Academic mentor (DPL)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Practitioner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Micro</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Small</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Medium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Large</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Marketplace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Social media</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Own website</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reseller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cohorts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Host university</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Semester</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Immersion starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quota</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Students</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Teams</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pre-immersion starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Post-immersion starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Internal quota (%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mentor assignments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mentor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cohort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mentoring sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Method</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Present</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Place or link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mentors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Affiliation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expertise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Capacity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Teams now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>University</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proposed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pairings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UMKM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sales change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Got NIB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Naik kelas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Went digital</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sales before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sales after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NIM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Study programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gender</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Business name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leader</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>KBLI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Business plan approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seed fund granted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NIB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Annual sales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Has NIB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P-IRT number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P-IRT valid until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Halal certificate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sales channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Capital</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Employees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Universities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Short name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MoU number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MoU valid until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MoU valid from</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Logbook</name>
        <message>
            <source>Choose a team.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a mentor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the session's topic.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The duration must be between 1 and {max} minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose offline or online.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Student #{student} is not a member of this team.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown attendance status '{status}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The session no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>removes {count} attendance record(s)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LogbookPage</name>
        <message>
            <source>&amp;Recaps…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assign &amp;mentor…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give a team its mentor (the previous one is ended)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Log session…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LogbookRecapDialog</name>
        <message>
            <source>Mentoring recaps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Cohort:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Idle for at least:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;As of:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hours per team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hours per mentor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hours per student</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Never mentored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Teams without a session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All cohorts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mentor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Student (present)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Student</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>never</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Teams without a session (%n)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Never mentored (%n)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Wirausaha Merdeka Manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Navigation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Recent databases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New database…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create a new, empty database file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open another database file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About Wirausaha Merdeka Manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening the database…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The program will use this language from its next start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Universities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cohorts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Students</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Teams</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mentors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UMKM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pairings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;Students, teams, mentors and UMKM pairings of the Wirausaha Merdeka programme, for campus coordinators.&lt;/p&gt;&lt;p&gt;Region list (kabupaten/kota): Cahya DSN, &lt;i&gt;wilayah&lt;/i&gt;, MIT licence (see resources/data/README.md).&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An operation is running ({titles}): cancel it and close?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MentorAssignments</name>
        <message>
            <source>Choose a team.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a mentor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{mentor} already looks after {active} teams and the capacity is {capacity}: raise the capacity or choose another mentor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The team's current mentor starts on {day}; a new mentor must start after that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The assignment no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The end date cannot be before the start date.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MentorAssignmentsDialog</name>
        <message>
            <source>Mentor assignment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Team *:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Mentor *:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Start *:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;End:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choosing another mentor for a team ends its current assignment the day before; the history is kept.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MentorEditor</name>
        <message>
            <source>Edit mentor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New mentor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Academic mentor (DPL)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Practitioner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How many teams this mentor may look after at the same time</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MentoringSessionsDialog</name>
        <message>
            <source>Mentoring session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Team *:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Mentor *:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Date *:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start t&amp;ime:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>D&amp;uration *:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Method *:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Place or link:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address, or the meeting link for online sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>T&amp;opic *:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attendance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All &amp;present</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MentorsDialog</name>
        <message>
            <source>Mentor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name *:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kind *:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;University:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company, association, agency…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;xpertise:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Capacity (teams) *:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>0812-3456-7890</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nama@kampus.ac.id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Operation</name>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelling…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong: {error}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <source>Finishing the work in progress…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please wait</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Outputs</name>
        <message>
            <source>Choose a status.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the date the output was achieved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a team.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown output kind '{code}'.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <source>Cohorts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mentors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Students</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Teams</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UMKM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Universities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Logbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pairings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mentor assignments</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PairingEditor</name>
        <message>
            <source>Edit pairing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New pairing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proposed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Pairings</name>
        <message>
            <source>Choose a team.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose an UMKM.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a value-chain role.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a status.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The end date cannot be before the start date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A finished pairing needs its end date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{team} is already paired with {umkm}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{team} already has {active} active pairings; the limit is {limit}. Finish one first or raise the limit in Tools → Program settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{umkm} already works with {active} teams; the limit is {limit}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The pairing no longer exists.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PairingsDialog</name>
        <message>
            <source>Pairing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Team *:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;UMKM *:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose an UMKM…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Value-chain role *:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;tatus *:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Start *:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;End:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PairingsPage</name>
        <message>
            <source>&amp;Suggest…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suggested UMKM for one team, with reasons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assign &amp;all…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Propose the best overall pairing of a cohort's teams with UMKM</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordEditor</name>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save (Ctrl+S or Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close without saving (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <source>The {kind} record #{id} no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not deleted: {reasons}. Move or delete those records first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} student(s) are in this cohort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} team(s) are in this cohort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} team assignment(s) name this mentor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} mentoring session(s) were led by this mentor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>leaves team “{team}”, which then needs a new leader</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>leaves team “{team}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} attendance record(s) of mentoring sessions are deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} UMKM pairing(s) involve this team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} member(s) leave the team (the students stay)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} seed-fund entry(ies) are deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} output record(s) are deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} mentor assignment(s) are deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} mentoring session(s) are deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} pairing(s) with student teams involve this UMKM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} dated snapshot(s) of its figures are deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} student(s) belong to this university</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} cohort(s) are hosted by this university</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} mentor(s) work at this university</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot open the record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The selected record(s) are still in use:
%1

Move or delete those records first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This also:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <source>Damaged database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup of {date} was restored. The damaged file was kept as {damaged}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database {name} is damaged ({detail}) and there is no good backup of it. The file was left as it is; open another database or create a new one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This database is damaged ({detail}). Restore the newest good backup ({date})?

Work saved after that backup is not in it. The damaged file is kept beside it, renamed {name}.corrupt-(date).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>Unknown cohort '{name}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown university '{name}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown region code '{name}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown team '{name}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown mentor '{name}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown mentoring session {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More than one team is called '{name}'; choose the cohort too.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More than one mentor is called '{name}'; the logbook needs one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {kind} report needs a cohort (--cohort).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {kind} report needs a team (--team) or a mentor (--mentor).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {kind} report needs a session (--session) or a cohort (--cohort).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report written to {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown report kind '{kind}'; choose one of {kinds}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write to {folder}: {error}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printable report (PDF)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kind of report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Cohort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;University</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Mentor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save &amp;as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose where to save the PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Generate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Generate a report to see it here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Program report of a cohort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cover, summary figures, charts, teams with members and mentors, seed funding, outputs and UMKM pairings with their outcomes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recap per university</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each origin university's students, teams, mentoring hours and UMKM outcomes. Leave the university empty for all of them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UMKM outcomes per regency/city</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scale classes before and after, new NIB, naik kelas, going digital and sales change, per kabupaten/kota (landscape).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mentoring logbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every session of a team or of a mentor, with attendance and places to sign.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blank attendance sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A daftar hadir to print and sign by hand: for one mentoring session, or for a cohort event (optionally one university or team).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Certificates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One landscape certificate for every student of the cohort who completed the program.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(all)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(none: a cohort event)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the report as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose where to save the PDF.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create the folder: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Generating…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Generate report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Generating the report…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No report was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved {path} ({pages} pages).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A preview needs QtPdf or poppler's pdftoppm; use Open to view the PDF.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The first {shown} of {pages} pages.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{pages} pages.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preparing the pages…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SearchPickerDialog</name>
        <message>
            <source>Type a name, NIM or NIB…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start typing to search.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing found.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Showing the first %n match(es); type more to narrow.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n match(es).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Choose an UMKM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a student</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SeedFunds</name>
        <message>
            <source>Disbursed money ({disbursed}) would exceed the amount granted ({granted}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reported spending ({reported}) would exceed the money disbursed ({disbursed}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose granted, disbursed or reported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The amount must be above zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a team.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The entry no longer exists.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SessionEditor</name>
        <message>
            <source>Edit mentoring session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log a mentoring session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Present</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Absent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offline (face to face)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Student</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attendance</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Choose a PNG or JPEG image for the logo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file “{path}” does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The logo file is larger than {size} MB; choose a smaller image.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsActions</name>
        <message>
            <source>Program &amp;settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The institution and city on the reports, the report logo, the pairing limits</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Program settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Institution:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. LPPM Universitas Jember</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;City:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>written before the date above the signatures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Logo:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the program's own logo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UMKM pairings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active pairings per &amp;team, at most:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Teams working with one &amp;UMKM, at most:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report logo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{teams} team(s) and {umkm} UMKM already have more active pairings than this. They keep them; new active pairings wait until they are below the limit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proposed pairings do not count; active ones do.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SnapshotEditor</name>
        <message>
            <source>Edit UMKM snapshot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New UMKM snapshot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The scale class is computed from annual sales, or from capital when sales are unknown (thresholds of the regulation in the settings).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Snapshots</name>
        <message>
            <source>The figure cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown sales channel: {codes}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This UMKM already has a snapshot dated {day}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose an UMKM.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The snapshot no longer exists.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SnapshotsDialog</name>
        <message>
            <source>UMKM snapshot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Date *:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;UMKM *:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose an UMKM…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Annual &amp;sales:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Capital (excl. land, buildings):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;mployees:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Holds an NIB:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sales channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Marketplace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Social media</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Own website</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Own shop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resellers</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StudentEditor</name>
        <message>
            <source>Edit student</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New student</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Male</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Female</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Completed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Withdrawn</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StudentsDialog</name>
        <message>
            <source>Student</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;University *:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The student's own (origin) university</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Cohort:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N&amp;IM *:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name *:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Study &amp;programme:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Se&amp;mester:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Gender:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P&amp;hone:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>0812-3456-7890</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nama@kampus.ac.id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NI&amp;K:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional. 16 digits; stored only when the program needs it and masked in exports.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Suggestions</name>
        <message>
            <source>No cohort is named '{name}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The team no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set the region of team {team} to get suggestions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{free} of {limit} places free</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>same region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>neighbouring region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>same province</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>other province</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the team has no KBLI code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>same KBLI group {code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>same KBLI division {code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>different sector (KBLI {code})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>KBLI {code} fits the role {role}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the role {role} fits any sector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the role {role} is not typical for this sector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the UMKM asked for {role}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the UMKM recorded no needs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the UMKM asked for other help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The cohort no longer exists.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SuggestionsDialog</name>
        <message>
            <source>Suggested pairings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;For:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Find</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Start date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick &amp;all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick &amp;none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suggested UMKM for a team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assign all teams of a cohort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UMKM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save ticked as proposed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a team and press Find.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a cohort and press Find: the best overall assignment is proposed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose from the list first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No suggestions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assign all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finding the best assignment…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n team(s) with places left got no partner.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n suggestion(s), total score %1.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Tick the pairings to save first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TeamEditor</name>
        <message>
            <source>Edit team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the selected students to the team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take the selected members out of the team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outputs &amp;&amp; &amp;funding…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Program outputs (luaran) and the seed-funding ledger of this team</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TeamProgressDialog</name>
        <message>
            <source>Outputs and seed funding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Outputs (luaran)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Output</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A done output needs the date it was achieved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save outputs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the outputs (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seed &amp;funding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the selected ledger entry (Delete)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Da&amp;te *:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kind *:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Amount *:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N&amp;ote:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A&amp;dd entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Totals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Granted:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disbursed:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reported:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not yet disbursed:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disbursed, not yet reported:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The team no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outputs and seed funding — {team}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{done} of {total} outputs done ({percent})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>granted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>disbursed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whole rupiah; 1,5 jt and 2 M are understood</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the entry to the ledger (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete this ledger entry?
{entry}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsaved outputs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the changed outputs before closing?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot open</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TeamsDialog</name>
        <message>
            <source>Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Cohort *:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Team name *:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Business name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Sector:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kuliner, fesyen, jasa…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;KBLI:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>10792</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;version:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Region:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Business plan &amp;approved:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ban&amp;k account:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter the cohort's students…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Students without a team:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add →</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>← Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Members (1–5) *:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Leader (ketua) *:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TeamsPage</name>
        <message>
            <source>&amp;Outputs &amp;&amp; funds…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outputs (luaran) and seed funding of the selected team</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UmkmDialog</name>
        <message>
            <source>UMKM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Business</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name *:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Region *:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kabupaten/kota (Jawa Timur first)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A&amp;ddress:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>0812-3456-7890</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;KBLI:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>10792</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;version:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asks help &amp;with:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Licences and figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NI&amp;B:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>13 digits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P-IR&amp;T number:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P-IRT valid &amp;until:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Halal certificate:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Figures at registration (later changes are recorded as snapshots):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Annual &amp;sales:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Capital (modal):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Employees:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sales &amp;channels:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Marketplace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Social media</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Own website</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Physical shop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resellers</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UmkmEditor</name>
        <message>
            <source>Edit UMKM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New UMKM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From the latest snapshot; record a new snapshot to change it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UniversitiesDialog</name>
        <message>
            <source>University</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name *:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Universitas …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;hort name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UNEJ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;gion:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type part of the kabupaten/kota name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A&amp;ddress:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;MoU number:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MoU valid &amp;from:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MoU valid &amp;until:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Contact person:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact &amp;phone:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>0812-3456-7890</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact &amp;e-mail:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nama@kampus.ac.id</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UniversityEditor</name>
        <message>
            <source>Edit university</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New university</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Origin (perguruan tinggi asal)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Host (perguruan tinggi pelaksana)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Host and origin</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>This field is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not a valid phone number. Write it like 0812-3456-7890 or +62 812 3456 7890.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not a valid e-mail address (like nama@kampus.ac.id).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At most {limit} characters (now {count}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved: {count} field(s) need correcting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} must be digits, not a fraction.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} arrived as a number of {count} digits: Excel keeps only 15, so its last digits are lost. Format the column as Text and type it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} must be digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} may contain digits only (found “{bad}”).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The NIK arrived as a number ending in 0: Excel may have rounded its last digit. Type the NIK as text and check it against the KTP.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The NIK arrived as a long number; type it as text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A NIK has 16 digits; this one has {count}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The NIK starts with region code {code}, which is not a kabupaten/kota.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Digits 7–12 of the NIK (birth date DDMMYY, day + 40 for women) are not a real date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last 4 digits of a NIK (serial number) cannot be 0000.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} has {length} digits but {count} arrived as a number: leading zeros were probably lost. Type it as text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} has {length} digits; this one has {count}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not a valid NPWP (15 digits with a correct check digit, or 16 digits).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A P-IRT number has {low} to {high} digits; this one has {count}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the KBLI version: {choices}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A NIM may contain only letters, digits and . - / (no spaces).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write this on one line, without tabs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose one of: {choices}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter a whole number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter a number from {minimum} to {maximum}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter a number of at least {minimum}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter a number of at most {maximum}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter an amount in rupiah, like 1.500.000, Rp 1.500.000 or 1,5 jt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An amount cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter whole rupiah, without cents.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter a date from {earliest} to {latest}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter a real date, like 01/09/2025.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This date must be on or after {earlier}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A team has {low} to {high} members; this one has {count}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose one member as the team leader.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The leader must be one of the team's members.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Student #{id} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{student} is not in this team's cohort.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{student} is already in another team.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This mentor looks after {count} team(s) now; the capacity cannot be lower.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The chosen record no longer exists: {key}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A cohort named “{name}” already exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NIM {nim} is already used by another student of this university.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This student is in team “{team}” of another cohort; remove them from the team first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This cohort already has a team named “{name}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose members from the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NIB {nib} is already registered to another UMKM.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This figure comes from the latest snapshot; record a new snapshot to change it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A university named “{name}” already exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose an entry from the list (“{typed}” is not one).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Xlsx</name>
        <message>
            <source>No cohort is named “{name}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No university is named “{name}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write {file}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown kind “{kind}”; choose one of {kinds}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No header row found in sheet “{sheet}”: expected columns such as {examples}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The required column “{column}” is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Formula cells are refused (cell {cell}); paste the values instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cell {cell} shows an Excel error ({error}); correct it or empty the cell.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is the template's example row; delete it before importing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate of row {row} in this file ({value}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Already in the database ({value}); choose “update existing” (--update-existing on the command line) to update it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sheet has no data rows under its header.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was imported: {count} problem(s) in {rows} row(s) must be corrected first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was imported: the database refused a row ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown university “{name}”: add it (or import universities) first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name the cohort in this column or choose a default cohort.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown cohort “{name}”: add it (or import cohorts) first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This value is masked (from an export without full personal data); leave it empty or type the real value.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No student with NIM {nim} in this cohort: import the students first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NIM {nim} belongs to several students of this cohort (different universities); this cannot be resolved from the sheet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{student} is already in the team of row {row}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No team “{name}” in this cohort.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No mentor named “{name}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Several mentors are named “{name}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No UMKM has NIB {nib}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No UMKM named “{name}”; add its NIB to tell which.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Several UMKM are named “{name}”; add the NIB to tell which.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was imported: row {row}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter a time like 09:30.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{value}” could be {names}; write which one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{value}” is not an official kabupaten/kota name; did you mean {name}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{value}” is not an official kabupaten/kota name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} has no sheets.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} has no sheet “{sheet}”; its sheets are: {sheets}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}: the sheet spans {rows} rows and {cols} columns; that is more cells than can be imported at once ({max_cells}). Remove empty or unneeded rows and columns, or split the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} could not be read: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot open {file}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} is too large ({mb} MB) to import.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} is an old Excel 97–2003 (.xls) or encrypted file; save it as an Excel workbook (.xlsx) first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} is not an Excel workbook (.xlsx).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} is damaged or not an Excel workbook (.xlsx).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} unpacks to far more data than a spreadsheet holds (a 'zip bomb'?); refused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} contains XML entity declarations (a possible 'XML bomb'); refused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}: the sheet claims {rows} rows and {cols} columns; at most {max_rows} rows and {max_cols} columns can be imported.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
