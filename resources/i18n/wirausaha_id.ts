<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
    <context>
        <name>App</name>
        <message>
            <source>Welcome</source>
            <translation>Selamat datang</translation>
        </message>
        <message>
            <source>This database is still empty. Fill it with demo data (3 cohorts, about 1,200 students, 2,000 UMKM) to try the program? You can start a clean database later with File → New database.</source>
            <translation>Basis data ini masih kosong. Isi dengan data contoh (3 angkatan, sekitar 1.200 mahasiswa, 2.000 UMKM) untuk mencoba program? Nanti Anda dapat memulai basis data yang bersih lewat Berkas → Basis data baru.</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>Data contoh</translation>
        </message>
        <message>
            <source>Filling the database with demo data…</source>
            <translation>Mengisi basis data dengan data contoh…</translation>
        </message>
    </context>
    <context>
        <name>AssignmentEditor</name>
        <message>
            <source>Edit mentor assignment</source>
            <translation>Ubah penugasan mentor</translation>
        </message>
        <message>
            <source>Assign a mentor</source>
            <translation>Tugaskan mentor</translation>
        </message>
    </context>
    <context>
        <name>AssignmentsPage</name>
        <message>
            <source>&amp;Active only</source>
            <translation>Hanya yang &amp;aktif</translation>
        </message>
        <message>
            <source>Only assignments that have not ended</source>
            <translation>Hanya penugasan yang belum berakhir</translation>
        </message>
        <message>
            <source>Assign &amp;mentor…</source>
            <translation>Tugaskan &amp;mentor…</translation>
        </message>
        <message>
            <source>Give a team its mentor; the previous one is ended (Ctrl+N)</source>
            <translation>Tetapkan mentor kelompok; penugasan sebelumnya diakhiri (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;End assignment…</source>
            <translation>Akhiri p&amp;enugasan…</translation>
        </message>
        <message>
            <source>Set the end date of the selected assignment</source>
            <translation>Isi tanggal berakhir penugasan yang dipilih</translation>
        </message>
        <message>
            <source>Cannot end</source>
            <translation>Tidak dapat diakhiri</translation>
        </message>
        <message>
            <source>End mentor assignment</source>
            <translation>Akhiri penugasan mentor</translation>
        </message>
        <message>
            <source>{active} of {capacity} teams</source>
            <translation>{active} dari {capacity} kelompok</translation>
        </message>
        <message>
            <source>over capacity</source>
            <translation>melebihi kapasitas</translation>
        </message>
        <message>
            <source>full</source>
            <translation>penuh</translation>
        </message>
        <message>
            <source>Mentor's load</source>
            <translation>Beban mentor</translation>
        </message>
        <message>
            <source>now</source>
            <translation>sekarang</translation>
        </message>
        <message>
            <source>Mentor history</source>
            <translation>Riwayat mentor</translation>
        </message>
        <message>
            <source>Team's mentors</source>
            <translation type="vanished">Riwayat mentor kelompok</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <source>No backup was made: the disk is full. Free some space (or choose another folder) and try again. The database is unchanged.</source>
            <translation>Cadangan tidak dibuat: disk penuh. Kosongkan sebagian ruang (atau pilih folder lain) lalu coba lagi. Basis data tidak berubah.</translation>
        </message>
        <message>
            <source>No backup was made ({detail}). The database is unchanged.</source>
            <translation>Cadangan tidak dibuat ({detail}). Basis data tidak berubah.</translation>
        </message>
        <message>
            <source>No backup was made: the database fails its check ({detail}).</source>
            <translation>Cadangan tidak dibuat: basis data tidak lolos pemeriksaan ({detail}).</translation>
        </message>
        <message>
            <source>The backup copy failed its check ({detail}).</source>
            <translation>Salinan cadangan tidak lolos pemeriksaan ({detail}).</translation>
        </message>
        <message>
            <source>{path} is missing or empty, but there are backups of it. Restore one (wirausaha restore, or open it in the app) instead of starting an empty database there.</source>
            <translation>{path} tidak ada atau kosong, padahal ada cadangannya. Pulihkan salah satu (wirausaha restore, atau buka di aplikasi) daripada memulai basis data kosong di sana.</translation>
        </message>
        <message>
            <source>{name} is not a backup of this program's database (it is empty, missing or another kind of file); choose another one.</source>
            <translation>{name} bukan cadangan basis data program ini (kosong, tidak ada, atau berkas jenis lain); pilih cadangan lain.</translation>
        </message>
        <message>
            <source>The backup {name} is damaged ({detail}); choose another one.</source>
            <translation>Cadangan {name} rusak ({detail}); pilih cadangan lain.</translation>
        </message>
        <message>
            <source>The restored copy failed its check ({detail}).</source>
            <translation>Salinan hasil pemulihan gagal diperiksa ({detail}).</translation>
        </message>
        <message>
            <source>Nothing was restored: the disk is full. Free some space and try again. The database is as it was.</source>
            <translation>Tidak ada yang dipulihkan: disk penuh. Kosongkan sebagian ruang lalu coba lagi. Basis data tetap seperti semula.</translation>
        </message>
        <message>
            <source>Nothing was restored ({detail}). The database is as it was.</source>
            <translation>Tidak ada yang dipulihkan ({detail}). Basis data tetap seperti semula.</translation>
        </message>
    </context>
    <context>
        <name>BackupActions</name>
        <message>
            <source>&amp;Back up now…</source>
            <translation>&amp;Cadangkan sekarang…</translation>
        </message>
        <message>
            <source>&amp;Restore from a backup…</source>
            <translation>&amp;Pulihkan dari cadangan…</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Cadangkan sekarang</translation>
        </message>
        <message>
            <source>The backup was saved as:
{file}</source>
            <translation>Cadangan disimpan sebagai:
{file}</translation>
        </message>
        <message>
            <source>Backing up {name}…</source>
            <translation>Mencadangkan {name}…</translation>
        </message>
        <message>
            <source>Replace the open database with the backup of {date}?

Changes made since then are not in the backup. The current file is kept beside it as {name}.replaced-….</source>
            <translation type="vanished">Ganti basis data yang terbuka dengan cadangan tanggal {date}?

Perubahan sesudah tanggal itu tidak ada di cadangan. Berkas yang sekarang tetap disimpan di sebelahnya sebagai {name}.replaced-….</translation>
        </message>
        <message>
            <source>Replace the open database with the backup of {date}?

Changes made since then are not in the backup. The current file is kept beside it, renamed {name}.replaced-(date).</source>
            <translation>Ganti basis data yang terbuka dengan cadangan tanggal {date}?

Perubahan sesudah tanggal itu tidak ada di cadangan. Berkas yang sekarang tetap disimpan di sebelahnya dengan nama {name}.replaced-(tanggal).</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>Pulihkan dari cadangan</translation>
        </message>
        <message>
            <source>The backup was restored.</source>
            <translation>Cadangan berhasil dipulihkan.</translation>
        </message>
        <message>
            <source>The replaced file was kept as {name}.</source>
            <translation>Berkas yang diganti disimpan sebagai {name}.</translation>
        </message>
        <message>
            <source>The backup could not be restored: {error}</source>
            <translation>Cadangan tidak dapat dipulihkan: {error}</translation>
        </message>
        <message>
            <source>Restoring the backup of {name}…</source>
            <translation>Memulihkan cadangan {name}…</translation>
        </message>
        <message>
            <source>Daily backup saved: {name}</source>
            <translation>Cadangan harian disimpan: {name}</translation>
        </message>
        <message>
            <source>Daily backup</source>
            <translation>Cadangan harian</translation>
        </message>
        <message>
            <source>The daily backup could not be made: {error}</source>
            <translation>Cadangan harian tidak dapat dibuat: {error}</translation>
        </message>
        <message>
            <source>The database cannot be opened</source>
            <translation>Basis data tidak dapat dibuka</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Cadangan</translation>
        </message>
        <message>
            <source>This database is on a server; back it up with the server's own tools.</source>
            <translation>Basis data ini ada di server; cadangkan dengan alat bawaan server tersebut.</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Restore from a backup</source>
            <translation>Pulihkan dari cadangan</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Pulihkan…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Daily (automatic)</source>
            <translation>Harian (otomatis)</translation>
        </message>
        <message>
            <source>Made by hand</source>
            <translation>Dibuat manual</translation>
        </message>
        <message>
            <source>Before a program upgrade</source>
            <translation>Sebelum pembaruan program</translation>
        </message>
        <message>
            <source>Backups of {name}, newest first. Restoring replaces the open database with the chosen copy; the current file is kept beside it.</source>
            <translation>Cadangan {name}, yang terbaru di atas. Memulihkan akan mengganti basis data yang terbuka dengan salinan yang dipilih; berkas yang sekarang tetap disimpan di sebelahnya.</translation>
        </message>
        <message>
            <source>There are no backups of {name} yet. Use File → Back up now.</source>
            <translation>Belum ada cadangan {name}. Gunakan Berkas → Cadangkan sekarang.</translation>
        </message>
        <message>
            <source>Folder: {folder}</source>
            <translation>Folder: {folder}</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Waktu</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Ukuran</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>back up a database (verified copy) and prune old backups</source>
            <translation>buat cadangan basis data (salinan terverifikasi) lalu pangkas cadangan lama</translation>
        </message>
        <message>
            <source>Writes a verified copy into &lt;name&gt;-backups/ beside the database, then keeps the newest backup of each of the last N days, W weeks and M months. Nothing is pruned when no backup could be made.</source>
            <translation>Menulis salinan terverifikasi ke folder &lt;nama&gt;-backups/ di samping basis data, lalu menyimpan cadangan terbaru dari setiap hari dalam N hari terakhir, setiap minggu dalam W minggu terakhir, dan setiap bulan dalam M bulan terakhir. Tidak ada yang dipangkas bila cadangan gagal dibuat.</translation>
        </message>
        <message>
            <source>database file (default: the app's own database)</source>
            <translation>berkas basis data (bawaan: basis data aplikasi sendiri)</translation>
        </message>
        <message>
            <source>days to keep a backup of (default: %(default)s)</source>
            <translation>simpan cadangan harian N hari terakhir (bawaan: %(default)s)</translation>
        </message>
        <message>
            <source>weeks to keep a backup of (default: %(default)s)</source>
            <translation>simpan cadangan mingguan W minggu terakhir (bawaan: %(default)s)</translation>
        </message>
        <message>
            <source>months to keep a backup of (default: %(default)s)</source>
            <translation>simpan cadangan bulanan M bulan terakhir (bawaan: %(default)s)</translation>
        </message>
        <message>
            <source>word at the end of the file name (default: %(default)s)</source>
            <translation>kata di akhir nama berkas (bawaan: %(default)s)</translation>
        </message>
        <message>
            <source>backup folder (default: beside the database)</source>
            <translation>folder cadangan (bawaan: di samping basis data)</translation>
        </message>
        <message>
            <source>only list the existing backups</source>
            <translation>hanya tampilkan daftar cadangan yang ada</translation>
        </message>
        <message>
            <source>wirausaha {command}: only SQLite database files can be backed up and restored here</source>
            <translation>wirausaha {command}: hanya berkas basis data SQLite yang dapat dicadangkan dan dipulihkan di sini</translation>
        </message>
        <message>
            <source>no backups in {folder}</source>
            <translation>belum ada cadangan di {folder}</translation>
        </message>
        <message>
            <source>wirausaha backup: {path} does not exist</source>
            <translation>wirausaha backup: {path} tidak ada</translation>
        </message>
        <message>
            <source>backup: {path}</source>
            <translation>cadangan: {path}</translation>
        </message>
        <message>
            <source>pruned: {name}</source>
            <translation>dihapus: {name}</translation>
        </message>
        <message>
            <source>{kept} backup(s) kept, {pruned} pruned</source>
            <translation>{kept} cadangan disimpan, {pruned} dihapus</translation>
        </message>
        <message>
            <source>check a database's schema version and integrity</source>
            <translation>periksa versi skema dan keutuhan basis data</translation>
        </message>
        <message>
            <source>Checks that the database's schema version is the program's and that the data is intact (SQLite: integrity_check and foreign_key_check; PostgreSQL: constraints, indexes and id sequences). Exit status 1 when a problem is found.</source>
            <translation>Memeriksa apakah versi skema basis data sama dengan versi program dan apakah datanya utuh (SQLite: integrity_check dan foreign_key_check; PostgreSQL: constraint, indeks, dan sequence id). Kode keluar 1 bila ditemukan masalah.</translation>
        </message>
        <message>
            <source>schema: {revision} (program: {head})</source>
            <translation>skema: {revision} (program: {head})</translation>
        </message>
        <message>
            <source>schema {revision} is not the program's {head}</source>
            <translation>skema {revision} tidak sama dengan skema program {head}</translation>
        </message>
        <message>
            <source>warning: the file is on a network drive ({kind}); its locks are not reliable there, so two computers writing at once can damage it</source>
            <translation>peringatan: berkas ini ada di drive jaringan ({kind}); penguncian berkas tidak andal di sana, jadi dua komputer yang menulis bersamaan dapat merusaknya</translation>
        </message>
        <message>
            <source>problem: {problem}</source>
            <translation>masalah: {problem}</translation>
        </message>
        <message>
            <source>integrity_check: ok</source>
            <translation>integrity_check: baik</translation>
        </message>
        <message>
            <source>foreign_key_check: ok</source>
            <translation>foreign_key_check: baik</translation>
        </message>
        <message>
            <source>constraints, indexes, id sequences: ok</source>
            <translation>constraint, indeks, sequence id: baik</translation>
        </message>
        <message>
            <source>fill an empty database with demo data (small: one province year; large: plus 1,000,000 UMKM and 100,000 students)</source>
            <translation>isi basis data kosong dengan data demo (small: satu provinsi selama setahun; large: ditambah 1.000.000 UMKM dan 100.000 mahasiswa)</translation>
        </message>
        <message>
            <source>Fills an empty database with realistic demo data: small is one province's program year, large adds 1,000,000 UMKM and 100,000 students. A database that already holds data is refused. The same seed gives the same data.</source>
            <translation>Mengisi basis data kosong dengan data demo yang realistis: small berisi program satu provinsi selama setahun, large menambahkan 1.000.000 UMKM dan 100.000 mahasiswa. Basis data yang sudah berisi data ditolak. Benih yang sama menghasilkan data yang sama.</translation>
        </message>
        <message>
            <source>how much data (default: %(default)s)</source>
            <translation>banyaknya data (bawaan: %(default)s)</translation>
        </message>
        <message>
            <source>random seed; same seed, same data</source>
            <translation>benih acak; benih sama menghasilkan data yang sama</translation>
        </message>
        <message>
            <source>demo data ({size}, seed {seed}) written to {database} in {seconds} s</source>
            <translation>data demo ({size}, benih {seed}) ditulis ke {database} dalam {seconds} detik</translation>
        </message>
        <message>
            <source>export to an Excel workbook (NIK and phone numbers masked unless --full)</source>
            <translation>ekspor ke buku kerja Excel (NIK dan nomor telepon disamarkan kecuali dengan --full)</translation>
        </message>
        <message>
            <source>Writes the database, or one cohort or university, as a formatted Excel workbook: one worksheet per kind of record. NIK and phone numbers are masked unless --full is given.</source>
            <translation>Menulis seluruh basis data, atau satu angkatan atau perguruan tinggi saja, ke buku kerja Excel yang sudah diformat: satu lembar kerja untuk setiap jenis data. NIK dan nomor telepon disamarkan kecuali --full diberikan.</translation>
        </message>
        <message>
            <source>workbook to write</source>
            <translation>buku kerja yang akan ditulis</translation>
        </message>
        <message>
            <source>only this cohort</source>
            <translation>hanya angkatan ini</translation>
        </message>
        <message>
            <source>only this university (name or short name)</source>
            <translation>hanya perguruan tinggi ini (nama atau singkatan)</translation>
        </message>
        <message>
            <source>write NIK and phone numbers whole (personal data!)</source>
            <translation>tulis NIK dan nomor telepon secara utuh (data pribadi!)</translation>
        </message>
        <message>
            <source>import an Excel sheet (checked first, all or nothing)</source>
            <translation>impor lembar kerja Excel (diperiksa dulu; semua atau tidak sama sekali)</translation>
        </message>
        <message>
            <source>Checks every row of the sheet first, then imports it in one transaction. Any refused row refuses the whole file (nothing is written) unless --skip-invalid asks to import the valid rows only. Exit status 0: imported (or a clean dry run); 1: rows refused; 2: the file itself refused.</source>
            <translation>Memeriksa setiap baris lembar kerja terlebih dahulu, lalu mengimpornya dalam satu transaksi. Satu baris yang ditolak membuat seluruh berkas ditolak (tidak ada yang ditulis), kecuali --skip-invalid meminta agar hanya baris yang valid yang diimpor. Kode keluar 0: berhasil diimpor (atau uji coba tanpa masalah); 1: ada baris yang ditolak; 2: berkasnya sendiri ditolak.</translation>
        </message>
        <message>
            <source>what the sheet holds: %(choices)s</source>
            <translation>isi lembar kerja: %(choices)s</translation>
        </message>
        <message>
            <source>the workbook to read</source>
            <translation>buku kerja yang akan dibaca</translation>
        </message>
        <message>
            <source>cohort for rows that name none</source>
            <translation>angkatan untuk baris yang tidak menyebutkan angkatan</translation>
        </message>
        <message>
            <source>worksheet to read (default: the first)</source>
            <translation>lembar kerja yang dibaca (bawaan: lembar pertama)</translation>
        </message>
        <message>
            <source>check and report, write nothing</source>
            <translation>periksa dan laporkan saja, tanpa menyimpan apa pun</translation>
        </message>
        <message>
            <source>rows matching a record (NIM within university, NIB, name) update it</source>
            <translation>baris yang cocok dengan data yang sudah ada (NIM dalam perguruan tinggi, NIB, nama) memperbarui data itu</translation>
        </message>
        <message>
            <source>import the valid rows even when some rows are refused</source>
            <translation>impor baris yang valid walaupun ada baris yang ditolak</translation>
        </message>
        <message>
            <source>row {row}, column {column}: {message}</source>
            <translation>baris {row}, kolom {column}: {message}</translation>
        </message>
        <message>
            <source>row {row}: {message}</source>
            <translation>baris {row}: {message}</translation>
        </message>
        <message>
            <source>file, column {column}: {message}</source>
            <translation>berkas, kolom {column}: {message}</translation>
        </message>
        <message>
            <source>file: {message}</source>
            <translation>berkas: {message}</translation>
        </message>
        <message>
            <source>Sheet “{sheet}”, header row {row}</source>
            <translation>Lembar “{sheet}”, baris judul {row}</translation>
        </message>
        <message>
            <source>  ignored: {columns}</source>
            <translation>  diabaikan: {columns}</translation>
        </message>
        <message>
            <source>, {count} unchanged (skipped)</source>
            <translation>, {count} sudah sama (dilewati)</translation>
        </message>
        <message>
            <source>{read} row(s) read, {accepted} accepted ({new} new, {updated} updated{unchanged}), {refused} refused</source>
            <translation>{read} baris dibaca, {accepted} diterima ({new} baru, {updated} diperbarui{unchanged}), {refused} ditolak</translation>
        </message>
        <message>
            <source>Dry run: nothing was saved.</source>
            <translation>Uji coba: tidak ada yang disimpan.</translation>
        </message>
        <message>
            <source>Nothing was imported: correct the refused rows, or use --skip-invalid to import only the valid rows.</source>
            <translation>Tidak ada yang diimpor: perbaiki baris yang ditolak, atau pakai --skip-invalid untuk mengimpor baris yang valid saja.</translation>
        </message>
        <message>
            <source>Imported: {new} new, {updated} updated.</source>
            <translation>Diimpor: {new} baru, {updated} diperbarui.</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Kelompok usaha</translation>
        </message>
        <message>
            <source>Outputs</source>
            <translation>Luaran</translation>
        </message>
        <message>
            <source>Granted</source>
            <translation>Disetujui</translation>
        </message>
        <message>
            <source>Disbursed</source>
            <translation>Dicairkan</translation>
        </message>
        <message>
            <source>Reported</source>
            <translation>Dilaporkan</translation>
        </message>
        <message>
            <source>outputs (luaran) and seed funds of a cohort, per team</source>
            <translation>luaran dan dana usaha satu angkatan, per kelompok usaha</translation>
        </message>
        <message>
            <source>Shows, for each team of a cohort, the program outputs (luaran) achieved and the seed funds granted, disbursed and reported, with the cohort's totals.</source>
            <translation>Menampilkan, untuk setiap kelompok usaha dalam satu angkatan, luaran program yang sudah tercapai serta dana usaha yang diberikan, dicairkan, dan dilaporkan, beserta total angkatannya.</translation>
        </message>
        <message>
            <source>cohort name</source>
            <translation>nama angkatan</translation>
        </message>
        <message>
            <source>print JSON</source>
            <translation>cetak dalam format JSON</translation>
        </message>
        <message>
            <source>{teams} team(s): outputs {done}/{total} ({percent}), granted {granted}, disbursed {disbursed}, reported {reported}</source>
            <translation>{teams} kelompok usaha: luaran {done}/{total} ({percent}), disetujui {granted}, dicairkan {disbursed}, dilaporkan {reported}</translation>
        </message>
        <message>
            <source>== Mentoring hours per team (sessions, hours)</source>
            <translation>== Jam pendampingan per kelompok usaha (sesi, jam)</translation>
        </message>
        <message>
            <source>== Mentoring hours per mentor (sessions, hours)</source>
            <translation>== Jam pendampingan per mentor (sesi, jam)</translation>
        </message>
        <message>
            <source>== Mentoring hours per student (sessions present, hours)</source>
            <translation>== Jam pendampingan per mahasiswa (sesi yang dihadiri, jam)</translation>
        </message>
        <message>
            <source>{hours} h</source>
            <translation>{hours} jam</translation>
        </message>
        <message>
            <source>mentoring logbook recaps (hours, gaps)</source>
            <translation>rekap logbook pendampingan (jam, kekosongan)</translation>
        </message>
        <message>
            <source>Mentoring hours per team, mentor and student, the students never mentored and the teams without a session in the last weeks, for one cohort or all.</source>
            <translation>Jam pendampingan per kelompok usaha, per mentor, dan per mahasiswa; mahasiswa yang belum pernah didampingi; serta kelompok usaha yang tidak punya sesi dalam beberapa minggu terakhir; untuk satu angkatan atau semuanya.</translation>
        </message>
        <message>
            <source>cohort name (default: every cohort)</source>
            <translation>nama angkatan (bawaan: semua angkatan)</translation>
        </message>
        <message>
            <source>flag teams without a session in this many weeks (default: %(default)s)</source>
            <translation>tandai kelompok usaha yang tidak punya sesi selama sekian minggu (bawaan: %(default)s)</translation>
        </message>
        <message>
            <source>count the weeks back from this date (default: today)</source>
            <translation>hitung minggu mundur dari tanggal ini (bawaan: hari ini)</translation>
        </message>
        <message>
            <source>not a date (YYYY-MM-DD): {value}</source>
            <translation>bukan tanggal yang sah (YYYY-MM-DD): {value}</translation>
        </message>
        <message>
            <source>== Students never mentored ({count})</source>
            <translation>== Mahasiswa yang belum pernah didampingi ({count})</translation>
        </message>
        <message>
            <source>== Teams without a session in {weeks} week(s) as of {date} (last session)</source>
            <translation>== Kelompok usaha tanpa sesi pendampingan dalam {weeks} minggu terakhir per {date} (sesi terakhir)</translation>
        </message>
        <message>
            <source>write a printable PDF report</source>
            <translation>tulis laporan PDF siap cetak</translation>
        </message>
        <message>
            <source>Writes one PDF report. Kinds of report:</source>
            <translation>Menulis satu laporan PDF. Jenis laporan:</translation>
        </message>
        <message>
            <source>which report (one of the kinds above)</source>
            <translation>laporan yang dibuat (salah satu jenis di atas)</translation>
        </message>
        <message>
            <source>where to write the PDF</source>
            <translation>tempat menyimpan berkas PDF</translation>
        </message>
        <message>
            <source>cohort (angkatan) name</source>
            <translation>nama angkatan</translation>
        </message>
        <message>
            <source>university name or short name</source>
            <translation>nama atau singkatan perguruan tinggi</translation>
        </message>
        <message>
            <source>kabupaten/kota code, e.g. 35.78</source>
            <translation>kode kabupaten/kota, mis. 35.78</translation>
        </message>
        <message>
            <source>team name (logbook, attendance)</source>
            <translation>nama kelompok usaha (logbook, attendance)</translation>
        </message>
        <message>
            <source>mentor name (logbook)</source>
            <translation>nama mentor (logbook)</translation>
        </message>
        <message>
            <source>mentoring session id (attendance)</source>
            <translation>id sesi pendampingan (attendance)</translation>
        </message>
        <message>
            <source>no progress on stderr</source>
            <translation>jangan tampilkan kemajuan di stderr</translation>
        </message>
        <message>
            <source>restore a database from a backup (the current file is kept aside)</source>
            <translation>pulihkan basis data dari cadangan (berkas yang sekarang disisihkan)</translation>
        </message>
        <message>
            <source>Without --from, the newest backup that passes integrity_check is used. A damaged database is renamed to &lt;name&gt;.corrupt-&lt;stamp&gt;, a healthy one to &lt;name&gt;.replaced-&lt;stamp&gt;; nothing is deleted. Close the app first.</source>
            <translation>Tanpa --from, dipakai cadangan terbaru yang lolos integrity_check. Basis data yang rusak diganti namanya menjadi &lt;nama&gt;.corrupt-&lt;waktu&gt;, yang sehat menjadi &lt;nama&gt;.replaced-&lt;waktu&gt;; tidak ada yang dihapus. Tutup aplikasi terlebih dahulu.</translation>
        </message>
        <message>
            <source>backup file to restore (default: the newest verified backup)</source>
            <translation>berkas cadangan yang dipulihkan (bawaan: cadangan terverifikasi terbaru)</translation>
        </message>
        <message>
            <source>damaged database set aside: {path}</source>
            <translation>basis data yang rusak disisihkan: {path}</translation>
        </message>
        <message>
            <source>  problem: {problem}</source>
            <translation>  masalah: {problem}</translation>
        </message>
        <message>
            <source>no verified backup found; nothing restored</source>
            <translation>tidak ada cadangan terverifikasi; tidak ada yang dipulihkan</translation>
        </message>
        <message>
            <source>previous database kept as: {path}</source>
            <translation>basis data sebelumnya disimpan sebagai: {path}</translation>
        </message>
        <message>
            <source>restored {backup} -&gt; {target}</source>
            <translation>dipulihkan: {backup} -&gt; {target}</translation>
        </message>
        <message>
            <source>count the records in a database</source>
            <translation>hitung jumlah data dalam basis data</translation>
        </message>
        <message>
            <source>Counts the records of each kind and the program outcomes: formalised, naik_kelas and digital count the UMKM that got an NIB, went up a scale class or gained a digital sales channel during an active or finished pairing (each UMKM once, however many teams helped it).</source>
            <translation>Menghitung data tiap jenis dan capaian program: formalised, naik_kelas dan digital menghitung UMKM yang memperoleh NIB, naik kelas usaha, atau mulai berjualan lewat kanal digital selama pasangan aktif atau selesai (setiap UMKM sekali, berapa pun tim yang mendampinginya).</translation>
        </message>
        <message>
            <source>Counts the records of each kind and the program outcomes: formalised, naik_kelas and digital count the active and finished pairings whose UMKM got an NIB, went up a scale class or gained a digital sales channel meanwhile.</source>
            <translation type="vanished">Menghitung data setiap jenis dan capaian program: formalised, naik_kelas, dan digital menghitung pasangan UMKM yang aktif atau selesai yang UMKM-nya selama masa pendampingan memperoleh NIB, naik kelas skala usaha, atau mendapat saluran penjualan digital.</translation>
        </message>
        <message>
            <source>print JSON keyed by table name, plus formalised / naik_kelas / digital</source>
            <translation>cetak JSON dengan nama tabel sebagai kunci, ditambah formalised / naik_kelas / digital</translation>
        </message>
        <message>
            <source>propose an optimal pairing of a cohort's teams with UMKM</source>
            <translation>usulkan pasangan UMKM yang optimal bagi kelompok usaha satu angkatan</translation>
        </message>
        <message>
            <source>Proposes the optimal team ↔ UMKM pairing for a cohort; nothing is saved unless --save writes the proposal as proposed pairings.</source>
            <translation>Mengusulkan pasangan kelompok usaha ↔ UMKM yang optimal untuk satu angkatan; tidak ada yang disimpan kecuali --save menyimpan usulan itu sebagai pasangan UMKM berstatus diusulkan.</translation>
        </message>
        <message>
            <source>candidate UMKM per team (default: %(default)s)</source>
            <translation>jumlah calon UMKM per kelompok usaha (bawaan: %(default)s)</translation>
        </message>
        <message>
            <source>save the proposal as proposed pairings</source>
            <translation>simpan usulan sebagai pasangan UMKM berstatus diusulkan</translation>
        </message>
        <message>
            <source>{count} pairing(s), total score {score}</source>
            <translation>{count} pasangan UMKM, skor total {score}</translation>
        </message>
        <message>
            <source>saved {count} proposed pairing(s)</source>
            <translation>{count} usulan pasangan UMKM disimpan</translation>
        </message>
        <message>
            <source>write an Excel import template for one kind</source>
            <translation>tulis templat impor Excel untuk satu jenis data</translation>
        </message>
        <message>
            <source>Writes an empty Excel workbook with the columns an import of one kind expects and an example row; fill it in, then read it with 'wirausaha import'.</source>
            <translation>Menulis buku kerja Excel kosong berisi kolom-kolom yang diharapkan impor untuk satu jenis data, beserta satu baris contoh; isi, lalu baca dengan 'wirausaha import'.</translation>
        </message>
        <message>
            <source>what the template is for: %(choices)s</source>
            <translation>jenis data templat: %(choices)s</translation>
        </message>
        <message>
            <source>also offer this database's universities, cohorts, mentors and teams as drop-down lists</source>
            <translation>tawarkan juga perguruan tinggi, angkatan, mentor, dan kelompok usaha dari basis data ini sebagai daftar pilihan</translation>
        </message>
        <message>
            <source>database file or SQLAlchemy URL (default: the app's own database)</source>
            <translation>berkas basis data atau URL SQLAlchemy (bawaan: basis data aplikasi sendiri)</translation>
        </message>
        <message>
            <source>Wirausaha Merdeka Manager — headless tools (demo data, import, export, reports, backup, check).</source>
            <translation>Wirausaha Merdeka Manager — alat baris perintah (data demo, impor, ekspor, laporan, cadangan, pemeriksaan).</translation>
        </message>
        <message>
            <source>language of messages and help (default: id)</source>
            <translation>bahasa pesan dan bantuan (bawaan: id)</translation>
        </message>
        <message>
            <source>log progress to stderr</source>
            <translation>catat jalannya proses ke stderr</translation>
        </message>
        <message>
            <source>commands</source>
            <translation>Perintah</translation>
        </message>
        <message>
            <source>'wirausaha COMMAND --help' describes one command and its options.</source>
            <translation>'wirausaha COMMAND --help' menjelaskan satu perintah beserta opsinya.</translation>
        </message>
        <message>
            <source>wirausaha: interrupted</source>
            <translation>wirausaha: dihentikan</translation>
        </message>
        <message>
            <source>usage:</source>
            <translation>Penggunaan:</translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>Argumen posisional</translation>
        </message>
        <message>
            <source>options</source>
            <translation>Opsi</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>tampilkan bantuan ini lalu keluar</translation>
        </message>
        <message>
            <source>show program's version number and exit</source>
            <translation>tampilkan nomor versi program lalu keluar</translation>
        </message>
        <message>
            <source>{prog}: error: {message}</source>
            <translation>{prog}: kesalahan: {message}</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argumen %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>argumen berikut wajib diisi: %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>salah satu argumen %s wajib diisi</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>pilihan tidak dikenal: %(value)r (pilih salah satu dari %(choices)s)</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r, maybe you meant %(closest)r?</source>
            <translation>pilihan tidak dikenal: %(value)r; mungkin maksudnya %(closest)r?</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>bukan %(type)s yang sah: %(value)r</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>memerlukan satu nilai</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>memerlukan paling banyak satu nilai</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>memerlukan sedikitnya satu nilai</translation>
        </message>
        <message>
            <source>expected %s argument</source>
            <translation>memerlukan %s nilai</translation>
        </message>
        <message>
            <source>expected %s arguments</source>
            <translation>memerlukan %s nilai</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>argumen tidak dikenal: %s</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>tidak boleh dipakai bersama argumen %s</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>opsi ambigu: %(option)s bisa berarti %(matches)s</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>argumen eksplisit %r diabaikan</translation>
        </message>
        <message>
            <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
            <translation>perintah tidak dikenal: %(parser_name)r (pilihan: %(choices)s)</translation>
        </message>
        <message>
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>tidak dapat membuka '%(filename)s': %(error)s</translation>
        </message>
        <message>
            <source>int</source>
            <translation>bilangan bulat</translation>
        </message>
        <message>
            <source>float</source>
            <translation>bilangan desimal</translation>
        </message>
        <message>
            <source>not a whole number: {value}</source>
            <translation>bukan bilangan bulat: {value}</translation>
        </message>
        <message>
            <source>must be {least} or more: {value}</source>
            <translation>minimal {least}: {value}</translation>
        </message>
        <message>
            <source>Universities</source>
            <translation>Perguruan tinggi</translation>
        </message>
        <message>
            <source>Cohorts</source>
            <translation>Angkatan</translation>
        </message>
        <message>
            <source>Students</source>
            <translation>Mahasiswa</translation>
        </message>
        <message>
            <source>Teams</source>
            <translation>Kelompok usaha</translation>
        </message>
        <message>
            <source>Mentors</source>
            <translation>Mentor</translation>
        </message>
        <message>
            <source>Mentor assignments</source>
            <translation>Penugasan mentor</translation>
        </message>
        <message>
            <source>Mentoring sessions</source>
            <translation>Sesi pendampingan</translation>
        </message>
        <message>
            <source>UMKM</source>
            <translation>UMKM</translation>
        </message>
        <message>
            <source>UMKM snapshots</source>
            <translation>Data berkala UMKM</translation>
        </message>
        <message>
            <source>UMKM pairings</source>
            <translation>Pasangan UMKM</translation>
        </message>
        <message>
            <source>Seed fund entries</source>
            <translation>Catatan dana usaha</translation>
        </message>
        <message>
            <source>Team outputs (luaran)</source>
            <translation>Luaran kelompok usaha</translation>
        </message>
        <message>
            <source>UMKM formalised (new NIB)</source>
            <translation>UMKM formal (NIB baru)</translation>
        </message>
        <message>
            <source>UMKM moved up a class</source>
            <translation>UMKM naik kelas</translation>
        </message>
        <message>
            <source>UMKM gone digital</source>
            <translation>UMKM go digital</translation>
        </message>
        <message>
            <source>demo data</source>
            <translation>data demo</translation>
        </message>
        <message>
            <source>students</source>
            <translation>mahasiswa</translation>
        </message>
        <message>
            <source>teams</source>
            <translation>kelompok usaha</translation>
        </message>
        <message>
            <source>mentoring sessions</source>
            <translation>sesi pendampingan</translation>
        </message>
        <message>
            <source>search index</source>
            <translation>indeks pencarian</translation>
        </message>
        <message>
            <source>indexes</source>
            <translation>indeks</translation>
        </message>
        <message>
            <source>reading</source>
            <translation>membaca</translation>
        </message>
        <message>
            <source>checking</source>
            <translation>memeriksa</translation>
        </message>
        <message>
            <source>saving</source>
            <translation>menyimpan</translation>
        </message>
        <message>
            <source>updating</source>
            <translation>memperbarui</translation>
        </message>
        <message>
            <source>backing up</source>
            <translation>mencadangkan</translation>
        </message>
        <message>
            <source>Reading data</source>
            <translation>Membaca data</translation>
        </message>
        <message>
            <source>Laying out pages</source>
            <translation>Menyusun halaman</translation>
        </message>
        <message>
            <source>database disk image is malformed</source>
            <translation>berkas basis data rusak (database disk image is malformed)</translation>
        </message>
        <message>
            <source>file is not a database</source>
            <translation>berkas ini bukan basis data (file is not a database)</translation>
        </message>
        <message>
            <source>foreign key: {table} row {rowid} -&gt; {parent}</source>
            <translation type="vanished">kunci asing: {table} baris {rowid} -&gt; {parent}</translation>
        </message>
        <message>
            <source>constraint {name} on {table} is not validated</source>
            <translation type="vanished">constraint {name} pada {table} belum divalidasi</translation>
        </message>
        <message>
            <source>index {name} is not valid</source>
            <translation type="vanished">indeks {name} tidak valid</translation>
        </message>
        <message>
            <source>sequence {sequence}: next id {next_id} but {table} already has id {highest} (new records would fail)</source>
            <translation type="vanished">sequence {sequence}: id berikutnya {next_id}, padahal {table} sudah memiliki id {highest} (data baru akan gagal disimpan)</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Lembaga</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Kota</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <source>Active pairings per team, at most</source>
            <translation>Pasangan aktif per kelompok, paling banyak</translation>
        </message>
        <message>
            <source>Teams per UMKM, at most</source>
            <translation>Kelompok per UMKM, paling banyak</translation>
        </message>
        <message>
            <source>institution</source>
            <translation>lembaga</translation>
        </message>
        <message>
            <source>city</source>
            <translation>kota</translation>
        </message>
        <message>
            <source>logo</source>
            <translation>logo</translation>
        </message>
        <message>
            <source>active pairings per team</source>
            <translation>pasangan aktif per kelompok</translation>
        </message>
        <message>
            <source>teams per UMKM</source>
            <translation>kelompok per UMKM</translation>
        </message>
        <message>
            <source>show or change the program settings (reports, pairing limits)</source>
            <translation>tampilkan atau ubah pengaturan program (laporan, batas pasangan UMKM)</translation>
        </message>
        <message>
            <source>Shows the institution and city the reports name, the report logo and the pairing limits; the options change them, the settings not given keep their values. Nothing is saved when a value is refused (exit status 1).</source>
            <translation>Menampilkan lembaga dan kota yang disebut pada laporan, logo laporan, serta batas pasangan UMKM; opsi-opsinya mengubah pengaturan itu, dan pengaturan yang tidak disebut tetap nilainya. Tidak ada yang disimpan bila ada nilai yang ditolak (kode keluar 1).</translation>
        </message>
        <message>
            <source>institution named on the reports' header and cover</source>
            <translation>lembaga yang disebut pada kepala dan sampul laporan</translation>
        </message>
        <message>
            <source>city written before the date above the signatures ("" clears it)</source>
            <translation>kota yang ditulis sebelum tanggal di atas tanda tangan ("" mengosongkannya)</translation>
        </message>
        <message>
            <source>PNG or JPEG image for the report header ("" for the program's own logo)</source>
            <translation>gambar PNG atau JPEG untuk kepala laporan ("" untuk logo bawaan program)</translation>
        </message>
        <message>
            <source>active pairings a team may have at once ({low} to {high})</source>
            <translation>banyaknya pasangan aktif yang boleh dimiliki satu kelompok sekaligus ({low} sampai {high})</translation>
        </message>
        <message>
            <source>teams an UMKM may work with at once ({low} to {high})</source>
            <translation>banyaknya kelompok yang boleh bekerja dengan satu UMKM sekaligus ({low} sampai {high})</translation>
        </message>
        <message>
            <source>print the settings as JSON (institution_name, report_city, report_logo, max_pairings_per_team, max_pairings_per_umkm)</source>
            <translation>cetak pengaturan dalam format JSON (institution_name, report_city, report_logo, max_pairings_per_team, max_pairings_per_umkm)</translation>
        </message>
        <message>
            <source>(the program's own logo)</source>
            <translation>(logo bawaan program)</translation>
        </message>
        <message>
            <source>note: {teams} team(s) and {umkm} UMKM already have more active pairings than the limits allow. They keep them; new active pairings wait until they are below the limit.</source>
            <translation>catatan: {teams} kelompok dan {umkm} UMKM sudah punya pasangan aktif melebihi batas. Pasangan itu tetap berjalan; pasangan aktif baru menunggu sampai jumlahnya di bawah batas.</translation>
        </message>
        <message>
            <source>(not set)</source>
            <translation>(belum diisi)</translation>
        </message>
        <message>
            <source>{field}: {problem}</source>
            <translation>{field}: {problem}</translation>
        </message>
        <message>
            <source>no change: the settings already had these values</source>
            <translation>tidak ada perubahan: pengaturan sudah bernilai demikian</translation>
        </message>
        <message>
            <source>settings saved</source>
            <translation>pengaturan disimpan</translation>
        </message>
    </context>
    <context>
        <name>CohortEditor</name>
        <message>
            <source>Edit cohort</source>
            <translation>Ubah angkatan</translation>
        </message>
        <message>
            <source>New cohort</source>
            <translation>Angkatan baru</translation>
        </message>
        <message>
            <source>Odd (ganjil)</source>
            <translation>Ganjil</translation>
        </message>
        <message>
            <source>Even (genap)</source>
            <translation>Genap</translation>
        </message>
    </context>
    <context>
        <name>CohortsDialog</name>
        <message>
            <source>Cohort</source>
            <translation>Angkatan</translation>
        </message>
        <message>
            <source>&amp;Name *:</source>
            <translation>&amp;Nama *:</translation>
        </message>
        <message>
            <source>WMK 2025 Ganjil Polije</source>
            <translation>WMK 2025 Ganjil Polije</translation>
        </message>
        <message>
            <source>&amp;Host university *:</source>
            <translation>&amp;Perguruan tinggi pelaksana *:</translation>
        </message>
        <message>
            <source>&amp;Year *:</source>
            <translation>&amp;Tahun *:</translation>
        </message>
        <message>
            <source>&amp;Semester *:</source>
            <translation>&amp;Semester *:</translation>
        </message>
        <message>
            <source>&amp;Quota (students):</source>
            <translation>&amp;Kuota (mahasiswa):</translation>
        </message>
        <message>
            <source>Own students (&amp;%):</source>
            <translation>Mahasiswa sendiri (&amp;%):</translation>
        </message>
        <message>
            <source>Stages</source>
            <translation>Tahapan</translation>
        </message>
        <message>
            <source>&amp;Pre-immersion starts:</source>
            <translation>Mulai p&amp;ra-imersi:</translation>
        </message>
        <message>
            <source>&amp;Immersion starts:</source>
            <translation>Mulai &amp;imersi:</translation>
        </message>
        <message>
            <source>P&amp;ost-immersion starts:</source>
            <translation>Mulai pas&amp;ca-imersi:</translation>
        </message>
        <message>
            <source>Semester &amp;ends:</source>
            <translation>Semester &amp;berakhir:</translation>
        </message>
        <message>
            <source>E&amp;xpo / Demo Day:</source>
            <translation>E&amp;xpo / Demo Day:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>Ca&amp;tatan:</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <source>Universities</source>
            <translation>Perguruan Tinggi</translation>
        </message>
        <message>
            <source>Cohorts</source>
            <translation>Angkatan</translation>
        </message>
        <message>
            <source>Students</source>
            <translation>Mahasiswa</translation>
        </message>
        <message>
            <source>Teams</source>
            <translation>Kelompok Usaha</translation>
        </message>
        <message>
            <source>Mentors</source>
            <translation>Mentor</translation>
        </message>
        <message>
            <source>UMKM</source>
            <translation>UMKM</translation>
        </message>
        <message>
            <source>UMKM pairings</source>
            <translation>Pasangan UMKM</translation>
        </message>
        <message>
            <source>Mentoring sessions</source>
            <translation>Sesi pendampingan</translation>
        </message>
        <message>
            <source>UMKM formalised (new NIB)</source>
            <translation>UMKM formal (NIB baru)</translation>
        </message>
        <message>
            <source>UMKM moved up a class</source>
            <translation>UMKM naik kelas</translation>
        </message>
        <message>
            <source>UMKM gone digital</source>
            <translation>UMKM go digital</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Dashboard</source>
            <translation>Dasbor</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Jumlah data</translation>
        </message>
        <message>
            <source>Open the list</source>
            <translation>Buka daftarnya</translation>
        </message>
        <message>
            <source>UMKM outcomes of active and finished pairings</source>
            <translation>Capaian UMKM dari pasangan aktif dan selesai</translation>
        </message>
        <message>
            <source>Open the pairings</source>
            <translation>Buka daftar pasangan UMKM</translation>
        </message>
        <message>
            <source>Last backup: {date}</source>
            <translation>Cadangan terakhir: {date}</translation>
        </message>
        <message>
            <source>No backup yet: File → Back up now.</source>
            <translation>Belum ada cadangan: Berkas → Cadangkan sekarang.</translation>
        </message>
        <message>
            <source>Reports carry the name “{name}”: Tools → Program settings.</source>
            <translation>Laporan atas nama “{name}”: Alat → Pengaturan program.</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>{path} is not a Wirausaha database (not an SQLite file). The file was left untouched.</source>
            <translation>{path} bukan basis data Wirausaha (bukan berkas SQLite). Berkas tidak diubah.</translation>
        </message>
        <message>
            <source>{path} is damaged and cannot be read ({detail}). The file was left untouched; restore a backup.</source>
            <translation>{path} rusak dan tidak dapat dibaca ({detail}). Berkas tidak diubah; pulihkan dari cadangan.</translation>
        </message>
        <message>
            <source>{path} cannot be read ({detail}). Check that the drive is there and that you may read and write the file and its folder. The file was left untouched.</source>
            <translation>{path} tidak dapat dibaca ({detail}). Periksa bahwa drive-nya tersambung dan Anda boleh membaca serta menulis berkas dan foldernya. Berkas tidak diubah.</translation>
        </message>
        <message>
            <source>{path} was written by a newer version of this program (schema {revision}). Install the newer version to open it; the file was left unchanged.</source>
            <translation>{path} dibuat oleh versi program yang lebih baru (skema {revision}). Pasang versi yang lebih baru untuk membukanya; berkas tidak diubah.</translation>
        </message>
        <message>
            <source>{path} is an SQLite database of another program. The file was left untouched.</source>
            <translation>{path} adalah basis data SQLite milik program lain. Berkas tidak diubah.</translation>
        </message>
        <message>
            <source>The database is in use by another program or window. Nothing was saved; try again in a moment.</source>
            <translation>Basis data sedang dipakai program atau jendela lain. Tidak ada yang disimpan; coba lagi sebentar lagi.</translation>
        </message>
        <message>
            <source>The disk is full, so nothing was saved. Free some space and try again.</source>
            <translation>Disk penuh, jadi tidak ada yang disimpan. Kosongkan sebagian ruang lalu coba lagi.</translation>
        </message>
        <message>
            <source>Nothing was saved: {reason} What you typed is still there.</source>
            <translation>Tidak ada yang disimpan: {reason} Isian Anda masih ada.</translation>
        </message>
        <message>
            <source>the database file or its folder is read-only.</source>
            <translation>berkas basis data atau foldernya hanya-baca.</translation>
        </message>
        <message>
            <source>the disk could not be written (a disk or network drive error).</source>
            <translation>disk tidak dapat ditulisi (galat disk atau drive jaringan).</translation>
        </message>
        <message>
            <source>the database file is damaged; close the program and open it again to restore a backup.</source>
            <translation>berkas basis data rusak; tutup program lalu buka lagi untuk memulihkan cadangan.</translation>
        </message>
        <message>
            <source>foreign key: {table} row {rowid} -&gt; {parent}</source>
            <translation>kunci asing: {table} baris {rowid} -&gt; {parent}</translation>
        </message>
        <message>
            <source>sequence {sequence}: next id {next_id} but {table} already has id {highest} (new records would fail)</source>
            <translation>sequence {sequence}: id berikutnya {next_id}, padahal {table} sudah memiliki id {highest} (data baru akan gagal disimpan)</translation>
        </message>
        <message>
            <source>constraint {name} on {table} is not validated</source>
            <translation>constraint {name} pada {table} belum divalidasi</translation>
        </message>
        <message>
            <source>index {name} is not valid</source>
            <translation>indeks {name} tidak valid</translation>
        </message>
    </context>
    <context>
        <name>DatabaseOpen</name>
        <message>
            <source>Wirausaha databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
            <translation>Basis data Wirausaha (*.db *.sqlite *.sqlite3);;Semua berkas (*)</translation>
        </message>
        <message>
            <source>{path} is already open in another Wirausaha window (process {pid}). Switch to that window, or close it and try again.</source>
            <translation>{path} sudah terbuka di jendela Wirausaha lain (proses {pid}). Beralihlah ke jendela itu, atau tutup jendela itu lalu coba lagi.</translation>
        </message>
        <message>
            <source>The folder of {path} cannot be written to (it is read-only or you have no permission there): the program needs to write its lock file and the database there.</source>
            <translation>Folder tempat {path} tidak dapat ditulisi (hanya-baca atau Anda tidak punya izin di sana): program perlu menulis berkas kunci dan basis datanya di sana.</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>Buka basis data</translation>
        </message>
        <message>
            <source>New database</source>
            <translation>Basis data baru</translation>
        </message>
        <message>
            <source>{path} already exists. Choose another name, or use Open database.</source>
            <translation>{path} sudah ada. Pilih nama lain, atau gunakan Buka basis data.</translation>
        </message>
        <message>
            <source>The database cannot be opened</source>
            <translation>Basis data tidak dapat dibuka</translation>
        </message>
        <message>
            <source>Open another…</source>
            <translation>Buka yang lain…</translation>
        </message>
        <message>
            <source>Create new…</source>
            <translation>Buat baru…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>“{path}” is missing or empty, but there are backups of it (or copies set aside). Restore the newest good backup rather than starting an empty database?</source>
            <translation>“{path}” tidak ada atau kosong, padahal ada cadangannya (atau salinan yang disisihkan). Pulihkan cadangan baik yang terbaru daripada memulai basis data kosong?</translation>
        </message>
        <message>
            <source>Restore the newest backup</source>
            <translation>Pulihkan cadangan terbaru</translation>
        </message>
        <message>
            <source>Start an empty database</source>
            <translation>Mulai basis data kosong</translation>
        </message>
        <message>
            <source>None of the backups passes its check; the set-aside copies are kept beside the file.</source>
            <translation>Tidak satu pun cadangan lolos pemeriksaan; salinan yang disisihkan tetap disimpan di samping berkas.</translation>
        </message>
        <message>
            <source>Database missing</source>
            <translation>Basis data tidak ada</translation>
        </message>
        <message>
            <source>Database on a network drive</source>
            <translation>Basis data di drive jaringan</translation>
        </message>
        <message>
            <source>“{path}” is on a network drive ({kind}). File locks are not reliable there: if two computers write to it at the same time, the file can be damaged.

Copy it to this computer's disk and work on the copy, or make sure only one person has it open at a time.</source>
            <translation>“{path}” ada di drive jaringan ({kind}). Penguncian berkas tidak andal di sana: jika dua komputer menulis ke berkas ini pada saat yang sama, berkas dapat rusak.

Salin berkas ke disk komputer ini dan bekerjalah pada salinannya, atau pastikan hanya satu orang yang membukanya pada satu waktu.</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <source>Demo data goes only into an empty database, and this one already holds records ({table}). Nothing was changed; create a new database for the demo.</source>
            <translation>Data demo hanya dapat dimasukkan ke basis data kosong, sedangkan basis data ini sudah berisi data ({table}). Tidak ada yang diubah; buat basis data baru untuk demo.</translation>
        </message>
    </context>
    <context>
        <name>ExcelActions</name>
        <message>
            <source>&amp;Import from Excel…</source>
            <translation>&amp;Impor dari Excel…</translation>
        </message>
        <message>
            <source>&amp;Export to Excel…</source>
            <translation>&amp;Ekspor ke Excel…</translation>
        </message>
        <message>
            <source>Excel &amp;template…</source>
            <translation>&amp;Templat Excel…</translation>
        </message>
        <message>
            <source>Excel template</source>
            <translation>Templat Excel</translation>
        </message>
        <message>
            <source>Template for:</source>
            <translation>Templat untuk:</translation>
        </message>
        <message>
            <source>Save the template as</source>
            <translation>Simpan templat sebagai</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Buku kerja Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Template saved: {file}</source>
            <translation>Templat disimpan: {file}</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export to Excel</source>
            <translation>Ekspor ke Excel</translation>
        </message>
        <message>
            <source>What to export</source>
            <translation>Yang diekspor</translation>
        </message>
        <message>
            <source>&amp;Whole database: one sheet per kind and a summary</source>
            <translation>&amp;Seluruh basis data: satu lembar per jenis data dan ringkasan</translation>
        </message>
        <message>
            <source>&amp;Cohort:</source>
            <translation>&amp;Angkatan:</translation>
        </message>
        <message>
            <source>&amp;University:</source>
            <translation>&amp;Perguruan tinggi:</translation>
        </message>
        <message>
            <source>The &amp;list shown now, with its search and filters</source>
            <translation>&amp;Daftar yang tampil sekarang, dengan pencarian dan filternya</translation>
        </message>
        <message>
            <source>&amp;Full export: write NIK and phone numbers unmasked</source>
            <translation>Ekspor &amp;lengkap: tulis NIK dan nomor telepon tanpa disamarkan</translation>
        </message>
        <message>
            <source>Personal data (UU 27/2022): a full export holds NIK and phone numbers. Share it only with people who need them and delete it when done.</source>
            <translation>Data pribadi (UU 27/2022): ekspor lengkap memuat NIK dan nomor telepon. Bagikan hanya kepada yang memerlukan dan hapus setelah selesai.</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Berkas:</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Telusuri…</translation>
        </message>
        <message>
            <source>(all cohorts)</source>
            <translation>(semua angkatan)</translation>
        </message>
        <message>
            <source>(all universities)</source>
            <translation>(semua perguruan tinggi)</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Ekspor ke</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Buku kerja Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Choose where to save the workbook.</source>
            <translation>Pilih tempat menyimpan buku kerja.</translation>
        </message>
        <message>
            <source>Exporting to Excel</source>
            <translation>Mengekspor ke Excel</translation>
        </message>
        <message>
            <source>Saved {rows} row(s) to {file}.</source>
            <translation>{rows} baris disimpan ke {file}.</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import from Excel</source>
            <translation>Impor dari Excel</translation>
        </message>
        <message>
            <source>Step 1 of 3: choose the file</source>
            <translation>Langkah 1 dari 3: pilih berkas</translation>
        </message>
        <message>
            <source>&amp;What the sheet holds:</source>
            <translation>&amp;Isi lembar:</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Berkas:</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Telusuri…</translation>
        </message>
        <message>
            <source>&amp;Sheet:</source>
            <translation>&amp;Lembar:</translation>
        </message>
        <message>
            <source>&amp;Default cohort:</source>
            <translation>&amp;Angkatan bawaan:</translation>
        </message>
        <message>
            <source>&amp;Update records that already exist (same NIM within a university, same NIB, same name)</source>
            <translation>&amp;Perbarui data yang sudah ada (NIM sama dalam satu perguruan tinggi, NIB sama, nama sama)</translation>
        </message>
        <message>
            <source>Import the valid rows even when other rows are &amp;refused</source>
            <translation>Impor baris yang valid meskipun ada baris lain yang &amp;ditolak</translation>
        </message>
        <message>
            <source>Columns are recognised by their headers; title rows above the table are skipped. Nothing is saved until you press Import, and a file with refused rows changes nothing.</source>
            <translation>Kolom dikenali dari judulnya; baris judul di atas tabel dilewati. Tidak ada yang disimpan sebelum Anda menekan Impor, dan berkas yang memiliki baris ditolak tidak mengubah apa pun.</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Kembali</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Lanjut &gt;</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Impor</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>(none: the sheet names the cohort)</source>
            <translation>(tidak ada: angkatan ditulis di lembar)</translation>
        </message>
        <message>
            <source>Column in the sheet</source>
            <translation>Kolom di lembar</translation>
        </message>
        <message>
            <source>First values</source>
            <translation>Nilai pertama</translation>
        </message>
        <message>
            <source>Imported as</source>
            <translation>Diimpor sebagai</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Baris</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Kolom</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Masalah</translation>
        </message>
        <message>
            <source>Step 2 of 3: check which column holds what</source>
            <translation>Langkah 2 dari 3: periksa isi setiap kolom</translation>
        </message>
        <message>
            <source>Step 3 of 3: check the problems, then import</source>
            <translation>Langkah 3 dari 3: periksa masalah, lalu impor</translation>
        </message>
        <message>
            <source>Choose a workbook</source>
            <translation>Pilih buku kerja</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Buku kerja Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Choose a workbook first.</source>
            <translation>Pilih buku kerja dulu.</translation>
        </message>
        <message>
            <source>Reading the workbook</source>
            <translation>Membaca buku kerja</translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>(tidak diimpor)</translation>
        </message>
        <message>
            <source>Sheet “{sheet}”: headers found in row {row}. Change “Imported as” where a column was not recognised; fields marked * are required.</source>
            <translation>Lembar “{sheet}”: judul kolom ditemukan di baris {row}. Ubah “Diimpor sebagai” untuk kolom yang tidak dikenali; isian bertanda * wajib.</translation>
        </message>
        <message>
            <source>Checking every row</source>
            <translation>Memeriksa setiap baris</translation>
        </message>
        <message>
            <source>{read} row(s) read: {new} new, {updated} to update, {refused} refused.</source>
            <translation>{read} baris dibaca: {new} baru, {updated} diperbarui, {refused} ditolak.</translation>
        </message>
        <message>
            <source>The file cannot be imported as it is.</source>
            <translation>Berkas ini tidak dapat diimpor apa adanya.</translation>
        </message>
        <message>
            <source>Correct the refused rows and check again; nothing is imported while any row is refused (unless you go back and choose to import the valid rows only).</source>
            <translation>Perbaiki baris yang ditolak lalu periksa lagi; tidak ada yang diimpor selama masih ada baris ditolak (kecuali Anda kembali dan memilih mengimpor baris yang valid saja).</translation>
        </message>
        <message>
            <source>Everything can be imported.</source>
            <translation>Semua dapat diimpor.</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Mengimpor</translation>
        </message>
        <message>
            <source>Imported: {new} new, {updated} updated.</source>
            <translation>Diimpor: {new} baru, {updated} diperbarui.</translation>
        </message>
    </context>
    <context>
        <name>LazyTableModel</name>
        <message>
            <source>This column cannot be sorted</source>
            <translation>Kolom ini tidak dapat diurutkan</translation>
        </message>
    </context>
    <context>
        <name>ListPage</name>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Baru</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Ubah</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Hapus</translation>
        </message>
        <message>
            <source>Search…</source>
            <translation>Cari…</translation>
        </message>
        <message>
            <source>Search (Ctrl+F)</source>
            <translation>Cari (Ctrl+F)</translation>
        </message>
        <message>
            <source>all</source>
            <translation>semua</translation>
        </message>
        <message>
            <source>New record (Ctrl+N)</source>
            <translation>Data baru (Ctrl+N)</translation>
        </message>
        <message>
            <source>Edit the selected record (Enter)</source>
            <translation>Ubah data yang dipilih (Enter)</translation>
        </message>
        <message>
            <source>Delete the selected records (Delete)</source>
            <translation>Hapus data yang dipilih (Delete)</translation>
        </message>
        <message>
            <source>{count} records</source>
            <translation>{count} data</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Ubah…</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Hapus…</translation>
        </message>
        <message>
            <source>{count} records selected</source>
            <translation>{count} data dipilih</translation>
        </message>
        <message>
            <source>Select a row to see its details.</source>
            <translation>Pilih sebuah baris untuk melihat rinciannya.</translation>
        </message>
    </context>
    <context>
        <name>Listing</name>
        <message>
            <source>Host</source>
            <translation>Pelaksana</translation>
        </message>
        <message>
            <source>Origin</source>
            <translation>Asal</translation>
        </message>
        <message>
            <source>Host and origin</source>
            <translation>Pelaksana dan asal</translation>
        </message>
        <message>
            <source>Odd (ganjil)</source>
            <translation>Ganjil</translation>
        </message>
        <message>
            <source>Even (genap)</source>
            <translation>Genap</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Terdaftar</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktif</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Mengundurkan diri</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Laki-laki</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Perempuan</translation>
        </message>
        <message>
            <source>Academic mentor (DPL)</source>
            <translation>Dosen pendamping (DPL)</translation>
        </message>
        <message>
            <source>Practitioner</source>
            <translation>Praktisi</translation>
        </message>
        <message>
            <source>Micro</source>
            <translation>Mikro</translation>
        </message>
        <message>
            <source>Small</source>
            <translation>Kecil</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Menengah</translation>
        </message>
        <message>
            <source>Large</source>
            <translation>Besar</translation>
        </message>
        <message>
            <source>Marketplace</source>
            <translation>Marketplace</translation>
        </message>
        <message>
            <source>Social media</source>
            <translation>Media sosial</translation>
        </message>
        <message>
            <source>Own website</source>
            <translation>Situs web sendiri</translation>
        </message>
        <message>
            <source>Shop</source>
            <translation>Toko fisik</translation>
        </message>
        <message>
            <source>Reseller</source>
            <translation>Reseller</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ya</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Tidak</translation>
        </message>
        <message>
            <source>Cohorts</source>
            <translation>Angkatan</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Host university</source>
            <translation>PT pelaksana</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Tahun</translation>
        </message>
        <message>
            <source>Semester</source>
            <translation>Semester</translation>
        </message>
        <message>
            <source>Immersion starts</source>
            <translation>Mulai imersi</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <source>Quota</source>
            <translation>Kuota</translation>
        </message>
        <message>
            <source>Students</source>
            <translation>Mahasiswa</translation>
        </message>
        <message>
            <source>Teams</source>
            <translation>Kelompok Usaha</translation>
        </message>
        <message>
            <source>Pre-immersion starts</source>
            <translation>Mulai pra-imersi</translation>
        </message>
        <message>
            <source>Post-immersion starts</source>
            <translation>Mulai pasca-imersi</translation>
        </message>
        <message>
            <source>Expo</source>
            <translation>Ekspo</translation>
        </message>
        <message>
            <source>Internal quota (%)</source>
            <translation>Kuota internal (%)</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <source>Mentor assignments</source>
            <translation>Penugasan mentor</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Kelompok</translation>
        </message>
        <message>
            <source>Mentor</source>
            <translation>Mentor</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Mulai</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Berjalan</translation>
        </message>
        <message>
            <source>Cohort</source>
            <translation>Angkatan</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Luring</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Daring</translation>
        </message>
        <message>
            <source>Mentoring sessions</source>
            <translation>Sesi pendampingan</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Topik</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Metode</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Menit</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Hadir</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Anggota</translation>
        </message>
        <message>
            <source>Start time</source>
            <translation>Jam mulai</translation>
        </message>
        <message>
            <source>Place or link</source>
            <translation>Tempat atau tautan</translation>
        </message>
        <message>
            <source>Mentors</source>
            <translation>Mentor</translation>
        </message>
        <message>
            <source>Affiliation</source>
            <translation>Afiliasi</translation>
        </message>
        <message>
            <source>Expertise</source>
            <translation>Keahlian</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Kapasitas</translation>
        </message>
        <message>
            <source>Teams now</source>
            <translation>Kelompok saat ini</translation>
        </message>
        <message>
            <source>University</source>
            <translation>Perguruan tinggi</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisasi</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telepon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Surel</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Diusulkan</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Dibatalkan</translation>
        </message>
        <message>
            <source>Pairings</source>
            <translation>Pasangan UMKM</translation>
        </message>
        <message>
            <source>UMKM</source>
            <translation>UMKM</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Wilayah</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Peran</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Sales change</source>
            <translation>Perubahan omzet</translation>
        </message>
        <message>
            <source>Got NIB</source>
            <translation>Mendapat NIB</translation>
        </message>
        <message>
            <source>Naik kelas</source>
            <translation>Naik kelas</translation>
        </message>
        <message>
            <source>Went digital</source>
            <translation>Go digital</translation>
        </message>
        <message>
            <source>Sales before</source>
            <translation>Omzet sebelum</translation>
        </message>
        <message>
            <source>Sales after</source>
            <translation>Omzet sesudah</translation>
        </message>
        <message>
            <source>NIM</source>
            <translation>NIM</translation>
        </message>
        <message>
            <source>Study programme</source>
            <translation>Program studi</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Jenis kelamin</translation>
        </message>
        <message>
            <source>Business name</source>
            <translation>Nama usaha</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Bidang usaha</translation>
        </message>
        <message>
            <source>Leader</source>
            <translation>Ketua</translation>
        </message>
        <message>
            <source>KBLI</source>
            <translation>KBLI</translation>
        </message>
        <message>
            <source>Business plan approved</source>
            <translation>Rencana usaha disetujui</translation>
        </message>
        <message>
            <source>Seed fund granted</source>
            <translation>Dana usaha diberikan</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Pemilik</translation>
        </message>
        <message>
            <source>NIB</source>
            <translation>NIB</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Skala usaha</translation>
        </message>
        <message>
            <source>Annual sales</source>
            <translation>Omzet tahunan</translation>
        </message>
        <message>
            <source>Has NIB</source>
            <translation>Punya NIB</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Alamat</translation>
        </message>
        <message>
            <source>P-IRT number</source>
            <translation>Nomor P-IRT</translation>
        </message>
        <message>
            <source>P-IRT valid until</source>
            <translation>P-IRT berlaku s.d.</translation>
        </message>
        <message>
            <source>Halal certificate</source>
            <translation>Sertifikat halal</translation>
        </message>
        <message>
            <source>Sales channels</source>
            <translation>Saluran penjualan</translation>
        </message>
        <message>
            <source>Capital</source>
            <translation>Modal</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>Tenaga kerja</translation>
        </message>
        <message>
            <source>Universities</source>
            <translation>Perguruan Tinggi</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>Singkatan</translation>
        </message>
        <message>
            <source>MoU number</source>
            <translation>Nomor MoU</translation>
        </message>
        <message>
            <source>MoU valid until</source>
            <translation>MoU berlaku s.d.</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Narahubung</translation>
        </message>
        <message>
            <source>MoU valid from</source>
            <translation>MoU berlaku sejak</translation>
        </message>
    </context>
    <context>
        <name>Logbook</name>
        <message>
            <source>Choose a team.</source>
            <translation>Pilih kelompok.</translation>
        </message>
        <message>
            <source>Choose a mentor.</source>
            <translation>Pilih mentor.</translation>
        </message>
        <message>
            <source>Write the session's topic.</source>
            <translation>Tulis topik sesi.</translation>
        </message>
        <message>
            <source>The duration must be between 1 and {max} minutes.</source>
            <translation>Durasi harus antara 1 dan {max} menit.</translation>
        </message>
        <message>
            <source>Choose offline or online.</source>
            <translation>Pilih luring atau daring.</translation>
        </message>
        <message>
            <source>Student #{student} is not a member of this team.</source>
            <translation>Mahasiswa #{student} bukan anggota kelompok ini.</translation>
        </message>
        <message>
            <source>Unknown attendance status '{status}'.</source>
            <translation>Status kehadiran '{status}' tidak dikenal.</translation>
        </message>
        <message>
            <source>The session no longer exists.</source>
            <translation>Sesi ini sudah tidak ada.</translation>
        </message>
        <message>
            <source>removes {count} attendance record(s)</source>
            <translation>menghapus {count} catatan kehadiran</translation>
        </message>
    </context>
    <context>
        <name>LogbookPage</name>
        <message>
            <source>&amp;Recaps…</source>
            <translation>&amp;Rekap…</translation>
        </message>
        <message>
            <source>Assign &amp;mentor…</source>
            <translation>Tugaskan &amp;mentor…</translation>
        </message>
        <message>
            <source>Give a team its mentor (the previous one is ended)</source>
            <translation>Tetapkan mentor kelompok (penugasan sebelumnya diakhiri)</translation>
        </message>
        <message>
            <source>&amp;Log session…</source>
            <translation>&amp;Catat sesi…</translation>
        </message>
    </context>
    <context>
        <name>LogbookRecapDialog</name>
        <message>
            <source>Mentoring recaps</source>
            <translation>Rekap pendampingan</translation>
        </message>
        <message>
            <source>&amp;Cohort:</source>
            <translation>&amp;Angkatan:</translation>
        </message>
        <message>
            <source>&amp;Idle for at least:</source>
            <translation>&amp;Tanpa sesi paling sedikit:</translation>
        </message>
        <message>
            <source> weeks</source>
            <translation> minggu</translation>
        </message>
        <message>
            <source>&amp;As of:</source>
            <translation>&amp;Per tanggal:</translation>
        </message>
        <message>
            <source>Hours per team</source>
            <translation>Jam per kelompok</translation>
        </message>
        <message>
            <source>Hours per mentor</source>
            <translation>Jam per mentor</translation>
        </message>
        <message>
            <source>Hours per student</source>
            <translation>Jam per mahasiswa</translation>
        </message>
        <message>
            <source>Never mentored</source>
            <translation>Belum pernah didampingi</translation>
        </message>
        <message>
            <source>Teams without a session</source>
            <translation>Kelompok tanpa sesi</translation>
        </message>
        <message>
            <source>All cohorts</source>
            <translation>Semua angkatan</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sesi</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Jam</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Kelompok</translation>
        </message>
        <message>
            <source>Mentor</source>
            <translation>Mentor</translation>
        </message>
        <message>
            <source>Student (present)</source>
            <translation>Mahasiswa (hadir)</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Mahasiswa</translation>
        </message>
        <message>
            <source>Last session</source>
            <translation>Sesi terakhir</translation>
        </message>
        <message>
            <source>never</source>
            <translation>belum pernah</translation>
        </message>
        <message numerus="yes">
            <source>Teams without a session (%n)</source>
            <translation>
                <numerusform>Kelompok tanpa sesi (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Never mentored (%n)</source>
            <translation>
                <numerusform>Belum pernah didampingi (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Wirausaha Merdeka Manager</source>
            <translation>Wirausaha Merdeka Manager</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>Navigasi</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Berkas</translation>
        </message>
        <message>
            <source>&amp;Recent databases</source>
            <translation>Basis data &amp;terakhir</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Alat</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ban&amp;tuan</translation>
        </message>
        <message>
            <source>&amp;New database…</source>
            <translation>Basis data &amp;baru…</translation>
        </message>
        <message>
            <source>Create a new, empty database file</source>
            <translation>Buat berkas basis data baru yang kosong</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>B&amp;uka basis data…</translation>
        </message>
        <message>
            <source>Open another database file</source>
            <translation>Buka berkas basis data lain</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Keluar</translation>
        </message>
        <message>
            <source>&amp;About Wirausaha Merdeka Manager</source>
            <translation>&amp;Tentang Wirausaha Merdeka Manager</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Membuka basis data…</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Bahasa</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Bahasa</translation>
        </message>
        <message>
            <source>The program will use this language from its next start.</source>
            <translation>Program akan memakai bahasa ini mulai saat dijalankan berikutnya.</translation>
        </message>
        <message>
            <source>Database: {name}</source>
            <translation>Basis data: {name}</translation>
        </message>
        <message>
            <source>Universities</source>
            <translation>Perguruan Tinggi</translation>
        </message>
        <message>
            <source>Cohorts</source>
            <translation>Angkatan</translation>
        </message>
        <message>
            <source>Students</source>
            <translation>Mahasiswa</translation>
        </message>
        <message>
            <source>Teams</source>
            <translation>Kelompok</translation>
        </message>
        <message>
            <source>Mentors</source>
            <translation>Mentor</translation>
        </message>
        <message>
            <source>UMKM</source>
            <translation>UMKM</translation>
        </message>
        <message>
            <source>Pairings</source>
            <translation>Pasangan UMKM</translation>
        </message>
        <message>
            <source>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;Students, teams, mentors and UMKM pairings of the Wirausaha Merdeka programme, for campus coordinators.&lt;/p&gt;&lt;p&gt;Region list (kabupaten/kota): Cahya DSN, &lt;i&gt;wilayah&lt;/i&gt;, MIT licence (see resources/data/README.md).&lt;/p&gt;</source>
            <translation>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;Mahasiswa, kelompok usaha, mentor, dan pasangan UMKM program Wirausaha Merdeka, untuk koordinator kampus.&lt;/p&gt;&lt;p&gt;Daftar wilayah (kabupaten/kota): Cahya DSN, &lt;i&gt;wilayah&lt;/i&gt;, lisensi MIT (lihat resources/data/README.md).&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About {name}</source>
            <translation>Tentang {name}</translation>
        </message>
        <message>
            <source>An operation is running ({titles}): cancel it and close?</source>
            <translation>Sebuah proses sedang berjalan ({titles}): batalkan dan tutup?</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
    </context>
    <context>
        <name>MentorAssignments</name>
        <message>
            <source>Choose a team.</source>
            <translation>Pilih kelompok.</translation>
        </message>
        <message>
            <source>Choose a mentor.</source>
            <translation>Pilih mentor.</translation>
        </message>
        <message>
            <source>{mentor} already looks after {active} teams and the capacity is {capacity}: raise the capacity or choose another mentor.</source>
            <translation>{mentor} sudah mendampingi {active} kelompok dan kapasitasnya {capacity}: naikkan kapasitas atau pilih mentor lain.</translation>
        </message>
        <message>
            <source>The team's current mentor starts on {day}; a new mentor must start after that.</source>
            <translation>Mentor kelompok saat ini mulai pada {day}; mentor baru harus mulai sesudahnya.</translation>
        </message>
        <message>
            <source>The assignment no longer exists.</source>
            <translation>Penugasan ini sudah tidak ada.</translation>
        </message>
        <message>
            <source>The end date cannot be before the start date.</source>
            <translation>Tanggal selesai tidak boleh sebelum tanggal mulai.</translation>
        </message>
    </context>
    <context>
        <name>MentorAssignmentsDialog</name>
        <message>
            <source>Mentor assignment</source>
            <translation>Penugasan mentor</translation>
        </message>
        <message>
            <source>&amp;Team *:</source>
            <translation>&amp;Kelompok *:</translation>
        </message>
        <message>
            <source>&amp;Mentor *:</source>
            <translation>&amp;Mentor *:</translation>
        </message>
        <message>
            <source>&amp;Start *:</source>
            <translation>&amp;Mulai *:</translation>
        </message>
        <message>
            <source>&amp;End:</source>
            <translation>&amp;Selesai:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>Ca&amp;tatan:</translation>
        </message>
        <message>
            <source>Choosing another mentor for a team ends its current assignment the day before; the history is kept.</source>
            <translation>Memilih mentor lain untuk kelompok mengakhiri penugasan sebelumnya sehari sebelumnya; riwayatnya tetap disimpan.</translation>
        </message>
    </context>
    <context>
        <name>MentorEditor</name>
        <message>
            <source>Edit mentor</source>
            <translation>Ubah mentor</translation>
        </message>
        <message>
            <source>New mentor</source>
            <translation>Mentor baru</translation>
        </message>
        <message>
            <source>Academic mentor (DPL)</source>
            <translation>Dosen pendamping lapangan (DPL)</translation>
        </message>
        <message>
            <source>Practitioner</source>
            <translation>Mentor praktisi</translation>
        </message>
        <message>
            <source>How many teams this mentor may look after at the same time</source>
            <translation>Jumlah tim yang boleh didampingi mentor ini pada saat yang sama</translation>
        </message>
    </context>
    <context>
        <name>MentoringSessionsDialog</name>
        <message>
            <source>Mentoring session</source>
            <translation>Sesi pendampingan</translation>
        </message>
        <message>
            <source>&amp;Team *:</source>
            <translation>&amp;Kelompok *:</translation>
        </message>
        <message>
            <source>&amp;Mentor *:</source>
            <translation>&amp;Mentor *:</translation>
        </message>
        <message>
            <source>&amp;Date *:</source>
            <translation>&amp;Tanggal *:</translation>
        </message>
        <message>
            <source>Start t&amp;ime:</source>
            <translation>&amp;Jam mulai:</translation>
        </message>
        <message>
            <source>D&amp;uration *:</source>
            <translation>D&amp;urasi *:</translation>
        </message>
        <message>
            <source> min</source>
            <translation> menit</translation>
        </message>
        <message>
            <source>&amp;Method *:</source>
            <translation>&amp;Metode *:</translation>
        </message>
        <message>
            <source>&amp;Place or link:</source>
            <translation>Tempat atau &amp;tautan:</translation>
        </message>
        <message>
            <source>Address, or the meeting link for online sessions</source>
            <translation>Alamat, atau tautan rapat untuk sesi daring</translation>
        </message>
        <message>
            <source>T&amp;opic *:</source>
            <translation>T&amp;opik *:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>Ca&amp;tatan:</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Kehadiran</translation>
        </message>
        <message>
            <source>All &amp;present</source>
            <translation>Semua &amp;hadir</translation>
        </message>
    </context>
    <context>
        <name>MentorsDialog</name>
        <message>
            <source>Mentor</source>
            <translation>Mentor</translation>
        </message>
        <message>
            <source>&amp;Name *:</source>
            <translation>&amp;Nama *:</translation>
        </message>
        <message>
            <source>&amp;Kind *:</source>
            <translation>&amp;Jenis *:</translation>
        </message>
        <message>
            <source>&amp;University:</source>
            <translation>&amp;Perguruan tinggi:</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisasi:</translation>
        </message>
        <message>
            <source>Company, association, agency…</source>
            <translation>Perusahaan, asosiasi, instansi…</translation>
        </message>
        <message>
            <source>E&amp;xpertise:</source>
            <translation>&amp;Keahlian:</translation>
        </message>
        <message>
            <source>&amp;Capacity (teams) *:</source>
            <translation>Kapasitas (&amp;tim) *:</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>Te&amp;lepon:</translation>
        </message>
        <message>
            <source>0812-3456-7890</source>
            <translation>0812-3456-7890</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;E-mail:</translation>
        </message>
        <message>
            <source>nama@kampus.ac.id</source>
            <translation>nama@kampus.ac.id</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>Ca&amp;tatan:</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>&amp;Yes</source>
            <translation type="vanished">&amp;Ya</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation type="vanished">&amp;Tidak</translation>
        </message>
    </context>
    <context>
        <name>Operation</name>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Membatalkan…</translation>
        </message>
        <message>
            <source>Something went wrong: {error}</source>
            <translation>Terjadi kesalahan: {error}</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <source>Finishing the work in progress…</source>
            <translation>Menyelesaikan pekerjaan yang sedang berjalan…</translation>
        </message>
        <message>
            <source>Please wait</source>
            <translation>Mohon tunggu</translation>
        </message>
    </context>
    <context>
        <name>Outputs</name>
        <message>
            <source>Choose a status.</source>
            <translation>Pilih status.</translation>
        </message>
        <message>
            <source>Give the date the output was achieved.</source>
            <translation>Isi tanggal luaran tercapai.</translation>
        </message>
        <message>
            <source>Choose a team.</source>
            <translation>Pilih kelompok.</translation>
        </message>
        <message>
            <source>Unknown output kind '{code}'.</source>
            <translation>Jenis luaran '{code}' tidak dikenal.</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <source>Cohorts</source>
            <translation>Angkatan</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Dasbor</translation>
        </message>
        <message>
            <source>Mentors</source>
            <translation>Mentor</translation>
        </message>
        <message>
            <source>Students</source>
            <translation>Mahasiswa</translation>
        </message>
        <message>
            <source>Teams</source>
            <translation>Kelompok Usaha</translation>
        </message>
        <message>
            <source>UMKM</source>
            <translation>UMKM</translation>
        </message>
        <message>
            <source>Universities</source>
            <translation>Perguruan Tinggi</translation>
        </message>
        <message>
            <source>Logbook</source>
            <translation>Logbook</translation>
        </message>
        <message>
            <source>Pairings</source>
            <translation>Pasangan UMKM</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Laporan</translation>
        </message>
        <message>
            <source>Mentor assignments</source>
            <translation>Penugasan mentor</translation>
        </message>
    </context>
    <context>
        <name>PairingEditor</name>
        <message>
            <source>Edit pairing</source>
            <translation>Ubah pasangan</translation>
        </message>
        <message>
            <source>New pairing</source>
            <translation>Pasangan baru</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Diusulkan</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktif</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Dibatalkan</translation>
        </message>
    </context>
    <context>
        <name>Pairings</name>
        <message>
            <source>Choose a team.</source>
            <translation>Pilih kelompok.</translation>
        </message>
        <message>
            <source>Choose an UMKM.</source>
            <translation>Pilih UMKM.</translation>
        </message>
        <message>
            <source>Choose a value-chain role.</source>
            <translation>Pilih peran rantai nilai.</translation>
        </message>
        <message>
            <source>Choose a status.</source>
            <translation>Pilih status.</translation>
        </message>
        <message>
            <source>The end date cannot be before the start date.</source>
            <translation>Tanggal selesai tidak boleh sebelum tanggal mulai.</translation>
        </message>
        <message>
            <source>A finished pairing needs its end date.</source>
            <translation>Pasangan yang selesai perlu tanggal selesai.</translation>
        </message>
        <message>
            <source>{team} is already paired with {umkm}.</source>
            <translation>{team} sudah berpasangan dengan {umkm}.</translation>
        </message>
        <message>
            <source>{team} already has {active} active pairings; the limit is {limit}. Finish one first or raise the limit in Tools → Program settings.</source>
            <translation>{team} sudah punya {active} pasangan aktif; batasnya {limit}. Selesaikan salah satu dulu atau naikkan batasnya di Alat → Pengaturan program.</translation>
        </message>
        <message>
            <source>{team} already has {active} active pairings; the limit is {limit}. Finish one first or raise the limit in the settings.</source>
            <translation type="vanished">{team} sudah punya {active} pasangan aktif; batasnya {limit}. Selesaikan salah satu dulu atau naikkan batas di pengaturan.</translation>
        </message>
        <message>
            <source>{umkm} already works with {active} teams; the limit is {limit}.</source>
            <translation>{umkm} sudah bekerja sama dengan {active} kelompok; batasnya {limit}.</translation>
        </message>
        <message>
            <source>The pairing no longer exists.</source>
            <translation>Pasangan ini sudah tidak ada.</translation>
        </message>
    </context>
    <context>
        <name>PairingsDialog</name>
        <message>
            <source>Pairing</source>
            <translation>Pasangan UMKM</translation>
        </message>
        <message>
            <source>&amp;Team *:</source>
            <translation>&amp;Kelompok *:</translation>
        </message>
        <message>
            <source>&amp;UMKM *:</source>
            <translation>&amp;UMKM *:</translation>
        </message>
        <message>
            <source>Choose an UMKM…</source>
            <translation>Pilih UMKM…</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>P&amp;ilih…</translation>
        </message>
        <message>
            <source>&amp;Value-chain role *:</source>
            <translation>&amp;Peran rantai nilai *:</translation>
        </message>
        <message>
            <source>S&amp;tatus *:</source>
            <translation>S&amp;tatus *:</translation>
        </message>
        <message>
            <source>&amp;Start *:</source>
            <translation>&amp;Mulai *:</translation>
        </message>
        <message>
            <source>&amp;End:</source>
            <translation>&amp;Selesai:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>Ca&amp;tatan:</translation>
        </message>
    </context>
    <context>
        <name>PairingsPage</name>
        <message>
            <source>&amp;Suggest…</source>
            <translation>&amp;Sarankan…</translation>
        </message>
        <message>
            <source>Suggested UMKM for one team, with reasons</source>
            <translation>UMKM yang disarankan untuk satu kelompok, beserta alasannya</translation>
        </message>
        <message>
            <source>Assign &amp;all…</source>
            <translation>Pasangkan &amp;semua…</translation>
        </message>
        <message>
            <source>Propose the best overall pairing of a cohort's teams with UMKM</source>
            <translation>Usulkan pemasangan terbaik seluruh kelompok satu angkatan dengan UMKM</translation>
        </message>
    </context>
    <context>
        <name>RecordEditor</name>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Simpan</translation>
        </message>
        <message>
            <source>Save (Ctrl+S or Enter)</source>
            <translation>Simpan (Ctrl+S atau Enter)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Close without saving (Esc)</source>
            <translation>Tutup tanpa menyimpan (Esc)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Tidak disimpan</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <source>The {kind} record #{id} no longer exists.</source>
            <translation>Data {kind} #{id} sudah tidak ada.</translation>
        </message>
        <message>
            <source>Not deleted: {reasons}. Move or delete those records first.</source>
            <translation>Tidak dihapus: {reasons}. Pindahkan atau hapus data tersebut terlebih dahulu.</translation>
        </message>
        <message>
            <source>{count} student(s) are in this cohort</source>
            <translation>{count} mahasiswa terdaftar di angkatan ini</translation>
        </message>
        <message>
            <source>{count} team(s) are in this cohort</source>
            <translation>{count} tim berada di angkatan ini</translation>
        </message>
        <message>
            <source>{count} team assignment(s) name this mentor</source>
            <translation>{count} penugasan tim mencantumkan mentor ini</translation>
        </message>
        <message>
            <source>{count} mentoring session(s) were led by this mentor</source>
            <translation>{count} sesi pendampingan dipandu mentor ini</translation>
        </message>
        <message>
            <source>leaves team “{team}”, which then needs a new leader</source>
            <translation>keluar dari tim “{team}”, yang kemudian memerlukan ketua baru</translation>
        </message>
        <message>
            <source>leaves team “{team}”</source>
            <translation>keluar dari tim “{team}”</translation>
        </message>
        <message>
            <source>{count} attendance record(s) of mentoring sessions are deleted</source>
            <translation>{count} catatan kehadiran sesi pendampingan ikut terhapus</translation>
        </message>
        <message>
            <source>{count} UMKM pairing(s) involve this team</source>
            <translation>{count} pasangan UMKM melibatkan tim ini</translation>
        </message>
        <message>
            <source>{count} member(s) leave the team (the students stay)</source>
            <translation>{count} anggota keluar dari tim (data mahasiswanya tetap ada)</translation>
        </message>
        <message>
            <source>{count} seed-fund entry(ies) are deleted</source>
            <translation>{count} catatan dana usaha ikut terhapus</translation>
        </message>
        <message>
            <source>{count} output record(s) are deleted</source>
            <translation>{count} catatan luaran ikut terhapus</translation>
        </message>
        <message>
            <source>{count} mentor assignment(s) are deleted</source>
            <translation>{count} penugasan mentor ikut terhapus</translation>
        </message>
        <message>
            <source>{count} mentoring session(s) are deleted</source>
            <translation>{count} sesi pendampingan ikut terhapus</translation>
        </message>
        <message>
            <source>{count} pairing(s) with student teams involve this UMKM</source>
            <translation>{count} pasangan dengan tim mahasiswa melibatkan UMKM ini</translation>
        </message>
        <message>
            <source>{count} dated snapshot(s) of its figures are deleted</source>
            <translation>{count} potret data bertanggal ikut terhapus</translation>
        </message>
        <message>
            <source>{count} student(s) belong to this university</source>
            <translation>{count} mahasiswa berasal dari perguruan tinggi ini</translation>
        </message>
        <message>
            <source>{count} cohort(s) are hosted by this university</source>
            <translation>{count} angkatan diselenggarakan perguruan tinggi ini</translation>
        </message>
        <message>
            <source>{count} mentor(s) work at this university</source>
            <translation>{count} mentor bertugas di perguruan tinggi ini</translation>
        </message>
        <message>
            <source>Cannot open the record</source>
            <translation>Data tidak dapat dibuka</translation>
        </message>
        <message>
            <source>Cannot delete</source>
            <translation>Tidak dapat dihapus</translation>
        </message>
        <message>
            <source>The selected record(s) are still in use:
%1

Move or delete those records first.</source>
            <translation>Data yang dipilih masih digunakan:
%1

Pindahkan atau hapus data tersebut terlebih dahulu.</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n record(s)? This cannot be undone.</source>
            <translation type="vanished">
                <numerusform>Hapus %n data? Tindakan ini tidak dapat dibatalkan.</numerusform>
            </translation>
        </message>
        <message>
            <source>This also:</source>
            <translation>Selain itu:</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <source>Damaged database</source>
            <translation>Basis data rusak</translation>
        </message>
        <message>
            <source>The backup of {date} was restored. The damaged file was kept as {damaged}.</source>
            <translation>Cadangan tanggal {date} telah dipulihkan. Berkas yang rusak disimpan sebagai {damaged}.</translation>
        </message>
        <message>
            <source>The database {name} is damaged ({detail}) and there is no good backup of it. The file was left as it is; open another database or create a new one.</source>
            <translation>Basis data {name} rusak ({detail}) dan tidak ada cadangan yang baik. Berkas dibiarkan apa adanya; buka basis data lain atau buat yang baru.</translation>
        </message>
        <message>
            <source>This database is damaged ({detail}). Restore the newest good backup ({date})?

Work saved after that backup is not in it. The damaged file is kept beside it, renamed {name}.corrupt-(date).</source>
            <translation>Basis data ini rusak ({detail}). Pulihkan cadangan baik yang terbaru ({date})?

Data yang disimpan sesudah cadangan itu tidak ada di dalamnya. Berkas yang rusak tetap disimpan di sebelahnya dengan nama {name}.corrupt-(tanggal).</translation>
        </message>
        <message>
            <source>This database is damaged ({detail}). Restore the newest good backup ({date})?

Work saved after that backup is not in it. The damaged file is kept beside it as {name}.corrupt-….</source>
            <translation type="vanished">Basis data ini rusak ({detail}). Pulihkan cadangan baik yang terbaru ({date})?

Data yang disimpan sesudah cadangan itu tidak ada di dalamnya. Berkas yang rusak tetap disimpan di sebelahnya sebagai {name}.corrupt-….</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>Unknown cohort '{name}'.</source>
            <translation>Angkatan '{name}' tidak ditemukan.</translation>
        </message>
        <message>
            <source>Unknown university '{name}'.</source>
            <translation>Perguruan tinggi '{name}' tidak ditemukan.</translation>
        </message>
        <message>
            <source>Unknown region code '{name}'.</source>
            <translation>Kode wilayah '{name}' tidak ditemukan.</translation>
        </message>
        <message>
            <source>Unknown team '{name}'.</source>
            <translation>Tim '{name}' tidak ditemukan.</translation>
        </message>
        <message>
            <source>Unknown mentor '{name}'.</source>
            <translation>Mentor '{name}' tidak ditemukan.</translation>
        </message>
        <message>
            <source>Unknown mentoring session {name}.</source>
            <translation>Sesi pendampingan {name} tidak ditemukan.</translation>
        </message>
        <message>
            <source>More than one team is called '{name}'; choose the cohort too.</source>
            <translation>Ada lebih dari satu tim bernama '{name}'; pilih juga angkatannya.</translation>
        </message>
        <message>
            <source>More than one mentor is called '{name}'; the logbook needs one.</source>
            <translation>Ada lebih dari satu mentor bernama '{name}'; logbook memerlukan satu mentor.</translation>
        </message>
        <message>
            <source>The {kind} report needs a cohort (--cohort).</source>
            <translation>Laporan {kind} memerlukan angkatan (--cohort).</translation>
        </message>
        <message>
            <source>The {kind} report needs a team (--team) or a mentor (--mentor).</source>
            <translation>Laporan {kind} memerlukan tim (--team) atau mentor (--mentor).</translation>
        </message>
        <message>
            <source>The {kind} report needs a session (--session) or a cohort (--cohort).</source>
            <translation>Laporan {kind} memerlukan sesi (--session) atau angkatan (--cohort).</translation>
        </message>
        <message>
            <source>Report written to {path}</source>
            <translation>Laporan disimpan di {path}</translation>
        </message>
        <message>
            <source>Unknown report kind '{kind}'; choose one of {kinds}.</source>
            <translation>Jenis laporan '{kind}' tidak dikenal; pilih salah satu dari {kinds}.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>Folder {folder} tidak ada.</translation>
        </message>
        <message>
            <source>Cannot write to {folder}: {error}</source>
            <translation>Tidak dapat menulis ke {folder}: {error}</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Reports</source>
            <translation>Laporan</translation>
        </message>
        <message>
            <source>Printable report (PDF)</source>
            <translation>Laporan siap cetak (PDF)</translation>
        </message>
        <message>
            <source>&amp;Kind of report</source>
            <translation>&amp;Jenis laporan</translation>
        </message>
        <message>
            <source>&amp;Cohort</source>
            <translation>&amp;Angkatan</translation>
        </message>
        <message>
            <source>&amp;University</source>
            <translation>&amp;Perguruan tinggi</translation>
        </message>
        <message>
            <source>&amp;Region</source>
            <translation>&amp;Wilayah</translation>
        </message>
        <message>
            <source>&amp;Team</source>
            <translation>&amp;Tim</translation>
        </message>
        <message>
            <source>&amp;Mentor</source>
            <translation>&amp;Mentor</translation>
        </message>
        <message>
            <source>&amp;Session</source>
            <translation>&amp;Sesi</translation>
        </message>
        <message>
            <source>Save &amp;as</source>
            <translation>Simpan seba&amp;gai</translation>
        </message>
        <message>
            <source>…</source>
            <translation>…</translation>
        </message>
        <message>
            <source>Choose where to save the PDF</source>
            <translation>Pilih tempat menyimpan PDF</translation>
        </message>
        <message>
            <source>&amp;Generate</source>
            <translation>&amp;Buat</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>B&amp;uka</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Cetak…</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Pratinjau</translation>
        </message>
        <message>
            <source>Generate a report to see it here.</source>
            <translation>Buat laporan untuk melihatnya di sini.</translation>
        </message>
        <message>
            <source>Program report of a cohort</source>
            <translation>Laporan program per angkatan</translation>
        </message>
        <message>
            <source>Cover, summary figures, charts, teams with members and mentors, seed funding, outputs and UMKM pairings with their outcomes.</source>
            <translation>Sampul, angka ringkasan, grafik, tim beserta anggota dan mentor, dana bantuan usaha, luaran, serta pasangan UMKM dan capaiannya.</translation>
        </message>
        <message>
            <source>Recap per university</source>
            <translation>Rekap per perguruan tinggi</translation>
        </message>
        <message>
            <source>Each origin university's students, teams, mentoring hours and UMKM outcomes. Leave the university empty for all of them.</source>
            <translation>Mahasiswa, tim, jam pendampingan dan capaian UMKM setiap perguruan tinggi asal. Kosongkan perguruan tinggi untuk semuanya.</translation>
        </message>
        <message>
            <source>UMKM outcomes per regency/city</source>
            <translation>Capaian UMKM per kabupaten/kota</translation>
        </message>
        <message>
            <source>Scale classes before and after, new NIB, naik kelas, going digital and sales change, per kabupaten/kota (landscape).</source>
            <translation>Kelas usaha sebelum dan sesudah, NIB baru, naik kelas, go digital dan perubahan penjualan per kabupaten/kota (lanskap).</translation>
        </message>
        <message>
            <source>Mentoring logbook</source>
            <translation>Logbook pendampingan</translation>
        </message>
        <message>
            <source>Every session of a team or of a mentor, with attendance and places to sign.</source>
            <translation>Semua sesi sebuah tim atau seorang mentor, dengan kehadiran dan tempat tanda tangan.</translation>
        </message>
        <message>
            <source>Blank attendance sheet</source>
            <translation>Daftar hadir kosong</translation>
        </message>
        <message>
            <source>A daftar hadir to print and sign by hand: for one mentoring session, or for a cohort event (optionally one university or team).</source>
            <translation>Daftar hadir untuk dicetak dan ditandatangani: untuk satu sesi pendampingan, atau untuk kegiatan angkatan (bisa dibatasi satu perguruan tinggi atau tim).</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>Sertifikat</translation>
        </message>
        <message>
            <source>One landscape certificate for every student of the cohort who completed the program.</source>
            <translation>Satu sertifikat lanskap untuk setiap mahasiswa angkatan yang menyelesaikan program.</translation>
        </message>
        <message>
            <source>(all)</source>
            <translation>(semua)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(tidak ada)</translation>
        </message>
        <message>
            <source>(none: a cohort event)</source>
            <translation>(tidak ada: kegiatan angkatan)</translation>
        </message>
        <message>
            <source>Save the report as</source>
            <translation>Simpan laporan sebagai</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Dokumen PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Choose where to save the PDF.</source>
            <translation>Pilih tempat menyimpan PDF.</translation>
        </message>
        <message>
            <source>Cannot create the folder: {error}</source>
            <translation>Folder tidak dapat dibuat: {error}</translation>
        </message>
        <message>
            <source>Generating…</source>
            <translation>Sedang membuat…</translation>
        </message>
        <message>
            <source>Generate report</source>
            <translation>Buat laporan</translation>
        </message>
        <message>
            <source>Generating the report…</source>
            <translation>Sedang membuat laporan…</translation>
        </message>
        <message>
            <source>No report was written.</source>
            <translation>Tidak ada laporan yang ditulis.</translation>
        </message>
        <message>
            <source>Saved {path} ({pages} pages).</source>
            <translation>Tersimpan di {path} ({pages} halaman).</translation>
        </message>
        <message>
            <source>A preview needs QtPdf or poppler's pdftoppm; use Open to view the PDF.</source>
            <translation>Pratinjau memerlukan QtPdf atau pdftoppm dari poppler; gunakan Buka untuk melihat PDF.</translation>
        </message>
        <message>
            <source>The first {shown} of {pages} pages.</source>
            <translation>{shown} halaman pertama dari {pages} halaman.</translation>
        </message>
        <message>
            <source>{pages} pages.</source>
            <translation>{pages} halaman.</translation>
        </message>
        <message>
            <source>Print report</source>
            <translation>Cetak laporan</translation>
        </message>
        <message>
            <source>Preparing the pages…</source>
            <translation>Menyiapkan halaman…</translation>
        </message>
    </context>
    <context>
        <name>SearchPickerDialog</name>
        <message>
            <source>Type a name, NIM or NIB…</source>
            <translation>Ketik nama, NIM, atau NIB…</translation>
        </message>
        <message>
            <source>Choose</source>
            <translation>Pilih</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Start typing to search.</source>
            <translation>Mulai mengetik untuk mencari.</translation>
        </message>
        <message>
            <source>Nothing found.</source>
            <translation>Tidak ditemukan.</translation>
        </message>
        <message numerus="yes">
            <source>Showing the first %n match(es); type more to narrow.</source>
            <translation>
                <numerusform>Menampilkan %n hasil pertama; ketik lebih lengkap untuk mempersempit.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n match(es).</source>
            <translation>
                <numerusform>%n hasil.</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose an UMKM</source>
            <translation>Pilih UMKM</translation>
        </message>
        <message>
            <source>Choose a student</source>
            <translation>Pilih mahasiswa</translation>
        </message>
    </context>
    <context>
        <name>SeedFunds</name>
        <message>
            <source>Disbursed money ({disbursed}) would exceed the amount granted ({granted}).</source>
            <translation>Dana yang dicairkan ({disbursed}) akan melebihi dana yang disetujui ({granted}).</translation>
        </message>
        <message>
            <source>Reported spending ({reported}) would exceed the money disbursed ({disbursed}).</source>
            <translation>Penggunaan yang dilaporkan ({reported}) akan melebihi dana yang dicairkan ({disbursed}).</translation>
        </message>
        <message>
            <source>Choose granted, disbursed or reported.</source>
            <translation>Pilih disetujui, dicairkan, atau dilaporkan.</translation>
        </message>
        <message>
            <source>The amount must be above zero.</source>
            <translation>Jumlah harus lebih dari nol.</translation>
        </message>
        <message>
            <source>Choose a team.</source>
            <translation>Pilih kelompok.</translation>
        </message>
        <message>
            <source>The entry no longer exists.</source>
            <translation>Entri ini sudah tidak ada.</translation>
        </message>
    </context>
    <context>
        <name>SessionEditor</name>
        <message>
            <source>Edit mentoring session</source>
            <translation>Ubah sesi pendampingan</translation>
        </message>
        <message>
            <source>Log a mentoring session</source>
            <translation>Catat sesi pendampingan</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Hadir</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Tidak hadir</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Izin</translation>
        </message>
        <message>
            <source>Offline (face to face)</source>
            <translation>Luring (tatap muka)</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Daring</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Mahasiswa</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Kehadiran</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Choose a PNG or JPEG image for the logo.</source>
            <translation>Pilih gambar PNG atau JPEG untuk logo.</translation>
        </message>
        <message>
            <source>The file “{path}” does not exist.</source>
            <translation>Berkas “{path}” tidak ada.</translation>
        </message>
        <message>
            <source>The logo file is larger than {size} MB; choose a smaller image.</source>
            <translation>Berkas logo lebih besar dari {size} MB; pilih gambar yang lebih kecil.</translation>
        </message>
    </context>
    <context>
        <name>SettingsActions</name>
        <message>
            <source>Program &amp;settings…</source>
            <translation>Pen&amp;gaturan program…</translation>
        </message>
        <message>
            <source>The institution and city on the reports, the report logo, the pairing limits</source>
            <translation>Nama lembaga dan kota pada laporan, logo laporan, batas pasangan UMKM</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Program settings</source>
            <translation>Pengaturan program</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Laporan</translation>
        </message>
        <message>
            <source>&amp;Institution:</source>
            <translation>&amp;Lembaga:</translation>
        </message>
        <message>
            <source>e.g. LPPM Universitas Jember</source>
            <translation>mis. LPPM Universitas Jember</translation>
        </message>
        <message>
            <source>&amp;City:</source>
            <translation>&amp;Kota:</translation>
        </message>
        <message>
            <source>written before the date above the signatures</source>
            <translation>ditulis sebelum tanggal di atas tanda tangan</translation>
        </message>
        <message>
            <source>&amp;Logo:</source>
            <translation>L&amp;ogo:</translation>
        </message>
        <message>
            <source>the program's own logo</source>
            <translation>logo bawaan program</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Telusuri…</translation>
        </message>
        <message>
            <source>&amp;Default</source>
            <translation>&amp;Bawaan</translation>
        </message>
        <message>
            <source>UMKM pairings</source>
            <translation>Pasangan UMKM</translation>
        </message>
        <message>
            <source>Active pairings per &amp;team, at most:</source>
            <translation>&amp;Pasangan aktif per kelompok, paling banyak:</translation>
        </message>
        <message>
            <source>Teams working with one &amp;UMKM, at most:</source>
            <translation>Kelompok per &amp;UMKM, paling banyak:</translation>
        </message>
        <message>
            <source>Report logo</source>
            <translation>Logo laporan</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Gambar (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>{teams} team(s) and {umkm} UMKM already have more active pairings than this. They keep them; new active pairings wait until they are below the limit.</source>
            <translation>{teams} kelompok dan {umkm} UMKM sudah punya pasangan aktif melebihi batas ini. Pasangan itu tetap berjalan; pasangan aktif baru menunggu sampai jumlahnya di bawah batas.</translation>
        </message>
        <message>
            <source>Proposed pairings do not count; active ones do.</source>
            <translation>Pasangan yang masih diusulkan tidak dihitung; yang aktif dihitung.</translation>
        </message>
    </context>
    <context>
        <name>SnapshotEditor</name>
        <message>
            <source>Edit UMKM snapshot</source>
            <translation>Ubah data berkala UMKM</translation>
        </message>
        <message>
            <source>New UMKM snapshot</source>
            <translation>Data berkala UMKM baru</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Tidak dicatat</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ya</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Tidak</translation>
        </message>
        <message>
            <source>The scale class is computed from annual sales, or from capital when sales are unknown (thresholds of the regulation in the settings).</source>
            <translation>Kelas usaha dihitung dari omzet tahunan, atau dari modal bila omzet tidak diketahui (batas menurut peraturan di pengaturan).</translation>
        </message>
    </context>
    <context>
        <name>Snapshots</name>
        <message>
            <source>The figure cannot be negative.</source>
            <translation>Angka tidak boleh negatif.</translation>
        </message>
        <message>
            <source>Unknown sales channel: {codes}.</source>
            <translation>Saluran penjualan tidak dikenal: {codes}.</translation>
        </message>
        <message>
            <source>This UMKM already has a snapshot dated {day}.</source>
            <translation>UMKM ini sudah punya data berkala bertanggal {day}.</translation>
        </message>
        <message>
            <source>Choose an UMKM.</source>
            <translation>Pilih UMKM.</translation>
        </message>
        <message>
            <source>The snapshot no longer exists.</source>
            <translation>Data berkala ini sudah tidak ada.</translation>
        </message>
    </context>
    <context>
        <name>SnapshotsDialog</name>
        <message>
            <source>UMKM snapshot</source>
            <translation>Data berkala UMKM</translation>
        </message>
        <message>
            <source>&amp;Date *:</source>
            <translation>&amp;Tanggal *:</translation>
        </message>
        <message>
            <source>&amp;UMKM *:</source>
            <translation>&amp;UMKM *:</translation>
        </message>
        <message>
            <source>Choose an UMKM…</source>
            <translation>Pilih UMKM…</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>P&amp;ilih…</translation>
        </message>
        <message>
            <source>Annual &amp;sales:</source>
            <translation>&amp;Omzet tahunan:</translation>
        </message>
        <message>
            <source>&amp;Capital (excl. land, buildings):</source>
            <translation>&amp;Modal (tanpa tanah, bangunan):</translation>
        </message>
        <message>
            <source>E&amp;mployees:</source>
            <translation>&amp;Karyawan:</translation>
        </message>
        <message>
            <source>&amp;Holds an NIB:</source>
            <translation>&amp;Memiliki NIB:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>Ca&amp;tatan:</translation>
        </message>
        <message>
            <source>Sales channels</source>
            <translation>Saluran penjualan</translation>
        </message>
        <message>
            <source>Marketplace</source>
            <translation>Marketplace</translation>
        </message>
        <message>
            <source>Social media</source>
            <translation>Media sosial</translation>
        </message>
        <message>
            <source>Own website</source>
            <translation>Situs web sendiri</translation>
        </message>
        <message>
            <source>Own shop</source>
            <translation>Toko sendiri</translation>
        </message>
        <message>
            <source>Resellers</source>
            <translation>Reseller</translation>
        </message>
    </context>
    <context>
        <name>StudentEditor</name>
        <message>
            <source>Edit student</source>
            <translation>Ubah mahasiswa</translation>
        </message>
        <message>
            <source>New student</source>
            <translation>Mahasiswa baru</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Laki-laki</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Perempuan</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Terdaftar</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktif</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Mengundurkan diri</translation>
        </message>
    </context>
    <context>
        <name>StudentsDialog</name>
        <message>
            <source>Student</source>
            <translation>Mahasiswa</translation>
        </message>
        <message>
            <source>&amp;University *:</source>
            <translation>&amp;Perguruan tinggi *:</translation>
        </message>
        <message>
            <source>The student's own (origin) university</source>
            <translation>Perguruan tinggi asal mahasiswa</translation>
        </message>
        <message>
            <source>&amp;Cohort:</source>
            <translation>&amp;Angkatan:</translation>
        </message>
        <message>
            <source>N&amp;IM *:</source>
            <translation>N&amp;IM *:</translation>
        </message>
        <message>
            <source>&amp;Name *:</source>
            <translation>&amp;Nama *:</translation>
        </message>
        <message>
            <source>Study &amp;programme:</source>
            <translation>Program st&amp;udi:</translation>
        </message>
        <message>
            <source>Se&amp;mester:</source>
            <translation>Se&amp;mester:</translation>
        </message>
        <message>
            <source>&amp;Gender:</source>
            <translation>&amp;Jenis kelamin:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <source>P&amp;hone:</source>
            <translation>&amp;Telepon:</translation>
        </message>
        <message>
            <source>0812-3456-7890</source>
            <translation>0812-3456-7890</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;E-mail:</translation>
        </message>
        <message>
            <source>nama@kampus.ac.id</source>
            <translation>nama@kampus.ac.id</translation>
        </message>
        <message>
            <source>NI&amp;K:</source>
            <translation>NI&amp;K:</translation>
        </message>
        <message>
            <source>Optional. 16 digits; stored only when the program needs it and masked in exports.</source>
            <translation>Opsional. 16 digit; disimpan hanya bila diperlukan program dan disamarkan saat ekspor.</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>Ca&amp;tatan:</translation>
        </message>
    </context>
    <context>
        <name>Suggestions</name>
        <message>
            <source>No cohort is named '{name}'.</source>
            <translation>Tidak ada angkatan bernama '{name}'.</translation>
        </message>
        <message>
            <source>The team no longer exists.</source>
            <translation>Kelompok ini sudah tidak ada.</translation>
        </message>
        <message>
            <source>Set the region of team {team} to get suggestions.</source>
            <translation>Isi wilayah kelompok {team} untuk mendapatkan saran.</translation>
        </message>
        <message>
            <source>{free} of {limit} places free</source>
            <translation>{free} dari {limit} tempat kosong</translation>
        </message>
        <message>
            <source>same region</source>
            <translation>wilayah sama</translation>
        </message>
        <message>
            <source>neighbouring region</source>
            <translation>wilayah bertetangga</translation>
        </message>
        <message>
            <source>same province</source>
            <translation>provinsi sama</translation>
        </message>
        <message>
            <source>other province</source>
            <translation>provinsi lain</translation>
        </message>
        <message>
            <source>the team has no KBLI code</source>
            <translation>kelompok belum punya kode KBLI</translation>
        </message>
        <message>
            <source>same KBLI group {code}</source>
            <translation>golongan KBLI sama {code}</translation>
        </message>
        <message>
            <source>same KBLI division {code}</source>
            <translation>golongan pokok KBLI sama {code}</translation>
        </message>
        <message>
            <source>different sector (KBLI {code})</source>
            <translation>sektor berbeda (KBLI {code})</translation>
        </message>
        <message>
            <source>KBLI {code} fits the role {role}</source>
            <translation>KBLI {code} cocok untuk peran {role}</translation>
        </message>
        <message>
            <source>the role {role} fits any sector</source>
            <translation>peran {role} cocok untuk semua sektor</translation>
        </message>
        <message>
            <source>the role {role} is not typical for this sector</source>
            <translation>peran {role} kurang lazim untuk sektor ini</translation>
        </message>
        <message>
            <source>the UMKM asked for {role}</source>
            <translation>UMKM meminta {role}</translation>
        </message>
        <message>
            <source>the UMKM recorded no needs</source>
            <translation>UMKM belum mencatat kebutuhan</translation>
        </message>
        <message>
            <source>the UMKM asked for other help</source>
            <translation>UMKM meminta bantuan lain</translation>
        </message>
        <message>
            <source>The cohort no longer exists.</source>
            <translation>Angkatan ini sudah tidak ada.</translation>
        </message>
    </context>
    <context>
        <name>SuggestionsDialog</name>
        <message>
            <source>Suggested pairings</source>
            <translation>Saran pasangan</translation>
        </message>
        <message>
            <source>&amp;For:</source>
            <translation>&amp;Untuk:</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Cari</translation>
        </message>
        <message>
            <source>&amp;Start date:</source>
            <translation>Tanggal &amp;mulai:</translation>
        </message>
        <message>
            <source>Tick &amp;all</source>
            <translation>Centang &amp;semua</translation>
        </message>
        <message>
            <source>Tick &amp;none</source>
            <translation>&amp;Kosongkan centang</translation>
        </message>
        <message>
            <source>Suggested UMKM for a team</source>
            <translation>Saran UMKM untuk kelompok</translation>
        </message>
        <message>
            <source>Assign all teams of a cohort</source>
            <translation>Pasangkan semua kelompok satu angkatan</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Kelompok</translation>
        </message>
        <message>
            <source>UMKM</source>
            <translation>UMKM</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Wilayah</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Peran</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Skor</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <source>&amp;Save ticked as proposed</source>
            <translation>&amp;Simpan yang dicentang sebagai usulan</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Choose a team and press Find.</source>
            <translation>Pilih kelompok lalu tekan Cari.</translation>
        </message>
        <message>
            <source>Choose a cohort and press Find: the best overall assignment is proposed.</source>
            <translation>Pilih angkatan lalu tekan Cari: pemasangan terbaik secara keseluruhan diusulkan.</translation>
        </message>
        <message>
            <source>Choose from the list first.</source>
            <translation>Pilih dari daftar terlebih dahulu.</translation>
        </message>
        <message>
            <source>No suggestions</source>
            <translation>Tidak ada saran</translation>
        </message>
        <message>
            <source>Assign all</source>
            <translation>Pasangkan semua</translation>
        </message>
        <message>
            <source>Finding the best assignment…</source>
            <translation>Mencari pemasangan terbaik…</translation>
        </message>
        <message numerus="yes">
            <source>%n team(s) with places left got no partner.</source>
            <translation>
                <numerusform>%n kelompok yang masih punya tempat tidak mendapat pasangan.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n suggestion(s), total score %1.</source>
            <translation>
                <numerusform>%n saran, skor total %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Tick the pairings to save first.</source>
            <translation>Centang pasangan yang akan disimpan terlebih dahulu.</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Tidak disimpan</translation>
        </message>
    </context>
    <context>
        <name>TeamEditor</name>
        <message>
            <source>Edit team</source>
            <translation>Ubah tim</translation>
        </message>
        <message>
            <source>New team</source>
            <translation>Tim baru</translation>
        </message>
        <message>
            <source>Add the selected students to the team</source>
            <translation>Masukkan mahasiswa terpilih ke dalam tim</translation>
        </message>
        <message>
            <source>Take the selected members out of the team</source>
            <translation>Keluarkan anggota terpilih dari tim</translation>
        </message>
        <message>
            <source>Outputs &amp;&amp; &amp;funding…</source>
            <translation>Luaran &amp;&amp; &amp;dana…</translation>
        </message>
        <message>
            <source>Program outputs (luaran) and the seed-funding ledger of this team</source>
            <translation>Luaran program dan buku dana usaha kelompok ini</translation>
        </message>
    </context>
    <context>
        <name>TeamProgressDialog</name>
        <message>
            <source>Outputs and seed funding</source>
            <translation>Luaran dan dana usaha</translation>
        </message>
        <message>
            <source>&amp;Outputs (luaran)</source>
            <translation>&amp;Luaran</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>Luaran</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <source>A done output needs the date it was achieved.</source>
            <translation>Luaran yang selesai perlu tanggal tercapainya.</translation>
        </message>
        <message>
            <source>&amp;Save outputs</source>
            <translation>&amp;Simpan luaran</translation>
        </message>
        <message>
            <source>Save the outputs (Ctrl+S)</source>
            <translation>Simpan luaran (Ctrl+S)</translation>
        </message>
        <message>
            <source>Seed &amp;funding</source>
            <translation>&amp;Dana usaha</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <source>&amp;Delete entry</source>
            <translation>&amp;Hapus catatan</translation>
        </message>
        <message>
            <source>Delete the selected ledger entry (Delete)</source>
            <translation>Hapus catatan dana yang dipilih (Delete)</translation>
        </message>
        <message>
            <source>New entry</source>
            <translation>Catatan baru</translation>
        </message>
        <message>
            <source>Da&amp;te *:</source>
            <translation>&amp;Tanggal *:</translation>
        </message>
        <message>
            <source>&amp;Kind *:</source>
            <translation>&amp;Jenis *:</translation>
        </message>
        <message>
            <source>&amp;Amount *:</source>
            <translation>Ju&amp;mlah *:</translation>
        </message>
        <message>
            <source>N&amp;ote:</source>
            <translation>&amp;Catatan:</translation>
        </message>
        <message>
            <source>A&amp;dd entry</source>
            <translation>T&amp;ambah catatan</translation>
        </message>
        <message>
            <source>Totals</source>
            <translation>Jumlah total</translation>
        </message>
        <message>
            <source>Granted:</source>
            <translation>Disetujui:</translation>
        </message>
        <message>
            <source>Disbursed:</source>
            <translation>Dicairkan:</translation>
        </message>
        <message>
            <source>Reported:</source>
            <translation>Dilaporkan:</translation>
        </message>
        <message>
            <source>Not yet disbursed:</source>
            <translation>Belum dicairkan:</translation>
        </message>
        <message>
            <source>Disbursed, not yet reported:</source>
            <translation>Dicairkan, belum dilaporkan:</translation>
        </message>
        <message>
            <source>The team no longer exists.</source>
            <translation>Kelompok ini sudah tidak ada.</translation>
        </message>
        <message>
            <source>Outputs and seed funding — {team}</source>
            <translation>Luaran dan dana usaha — {team}</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Tutup (Esc)</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>direncanakan</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>dalam proses</translation>
        </message>
        <message>
            <source>done</source>
            <translation>selesai</translation>
        </message>
        <message>
            <source>{done} of {total} outputs done ({percent})</source>
            <translation>{done} dari {total} luaran selesai ({percent})</translation>
        </message>
        <message>
            <source>granted</source>
            <translation>disetujui</translation>
        </message>
        <message>
            <source>disbursed</source>
            <translation>dicairkan</translation>
        </message>
        <message>
            <source>reported</source>
            <translation>dilaporkan</translation>
        </message>
        <message>
            <source>Whole rupiah; 1,5 jt and 2 M are understood</source>
            <translation>Rupiah bulat; 1,5 jt dan 2 M juga dipahami</translation>
        </message>
        <message>
            <source>Add the entry to the ledger (Enter)</source>
            <translation>Tambahkan catatan ke buku dana (Enter)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Tidak disimpan</translation>
        </message>
        <message>
            <source>Delete entry</source>
            <translation>Hapus catatan</translation>
        </message>
        <message>
            <source>Delete this ledger entry?
{entry}</source>
            <translation>Hapus catatan dana ini?
{entry}</translation>
        </message>
        <message>
            <source>Unsaved outputs</source>
            <translation>Luaran belum disimpan</translation>
        </message>
        <message>
            <source>Save the changed outputs before closing?</source>
            <translation>Simpan perubahan luaran sebelum menutup?</translation>
        </message>
        <message>
            <source>Cannot open</source>
            <translation>Tidak dapat dibuka</translation>
        </message>
    </context>
    <context>
        <name>TeamsDialog</name>
        <message>
            <source>Team</source>
            <translation>Tim</translation>
        </message>
        <message>
            <source>&amp;Cohort *:</source>
            <translation>&amp;Angkatan *:</translation>
        </message>
        <message>
            <source>&amp;Team name *:</source>
            <translation>&amp;Nama tim *:</translation>
        </message>
        <message>
            <source>&amp;Business name:</source>
            <translation>Nama &amp;usaha:</translation>
        </message>
        <message>
            <source>&amp;Sector:</source>
            <translation>&amp;Bidang usaha:</translation>
        </message>
        <message>
            <source>Kuliner, fesyen, jasa…</source>
            <translation>Kuliner, fesyen, jasa…</translation>
        </message>
        <message>
            <source>&amp;KBLI:</source>
            <translation>&amp;KBLI:</translation>
        </message>
        <message>
            <source>10792</source>
            <translation>10792</translation>
        </message>
        <message>
            <source>&amp;version:</source>
            <translation>&amp;versi:</translation>
        </message>
        <message>
            <source>&amp;Region:</source>
            <translation>&amp;Wilayah:</translation>
        </message>
        <message>
            <source>Business plan &amp;approved:</source>
            <translation>Rencana usaha &amp;disetujui:</translation>
        </message>
        <message>
            <source>Ban&amp;k account:</source>
            <translation>Rekening ban&amp;k:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>Ca&amp;tatan:</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Anggota</translation>
        </message>
        <message>
            <source>Filter the cohort's students…</source>
            <translation>Saring mahasiswa angkatan ini…</translation>
        </message>
        <message>
            <source>Students without a team:</source>
            <translation>Mahasiswa tanpa tim:</translation>
        </message>
        <message>
            <source>Add →</source>
            <translation>Tambah →</translation>
        </message>
        <message>
            <source>← Remove</source>
            <translation>← Keluarkan</translation>
        </message>
        <message>
            <source>&amp;Members (1–5) *:</source>
            <translation>A&amp;nggota (1–5) *:</translation>
        </message>
        <message>
            <source>&amp;Leader (ketua) *:</source>
            <translation>&amp;Ketua *:</translation>
        </message>
    </context>
    <context>
        <name>TeamsPage</name>
        <message>
            <source>&amp;Outputs &amp;&amp; funds…</source>
            <translation>&amp;Luaran &amp;&amp; dana…</translation>
        </message>
        <message>
            <source>Outputs (luaran) and seed funding of the selected team</source>
            <translation>Luaran dan dana hibah kelompok yang dipilih</translation>
        </message>
    </context>
    <context>
        <name>UmkmDialog</name>
        <message>
            <source>UMKM</source>
            <translation>UMKM</translation>
        </message>
        <message>
            <source>Business</source>
            <translation>Usaha</translation>
        </message>
        <message>
            <source>&amp;Name *:</source>
            <translation>&amp;Nama *:</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>&amp;Pemilik:</translation>
        </message>
        <message>
            <source>&amp;Region *:</source>
            <translation>&amp;Wilayah *:</translation>
        </message>
        <message>
            <source>Kabupaten/kota (Jawa Timur first)</source>
            <translation>Kabupaten/kota (Jawa Timur lebih dulu)</translation>
        </message>
        <message>
            <source>A&amp;ddress:</source>
            <translation>Ala&amp;mat:</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Telepon:</translation>
        </message>
        <message>
            <source>0812-3456-7890</source>
            <translation>0812-3456-7890</translation>
        </message>
        <message>
            <source>&amp;KBLI:</source>
            <translation>&amp;KBLI:</translation>
        </message>
        <message>
            <source>10792</source>
            <translation>10792</translation>
        </message>
        <message>
            <source>&amp;version:</source>
            <translation>&amp;versi:</translation>
        </message>
        <message>
            <source>Asks help &amp;with:</source>
            <translation>Butuh bantuan &amp;untuk:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>Ca&amp;tatan:</translation>
        </message>
        <message>
            <source>Licences and figures</source>
            <translation>Perizinan dan angka usaha</translation>
        </message>
        <message>
            <source>NI&amp;B:</source>
            <translation>NI&amp;B:</translation>
        </message>
        <message>
            <source>13 digits</source>
            <translation>13 digit</translation>
        </message>
        <message>
            <source>P-IR&amp;T number:</source>
            <translation>Nomor P-IR&amp;T:</translation>
        </message>
        <message>
            <source>P-IRT valid &amp;until:</source>
            <translation>P-IRT berlaku &amp;sampai:</translation>
        </message>
        <message>
            <source>&amp;Halal certificate:</source>
            <translation>Sertifikat &amp;halal:</translation>
        </message>
        <message>
            <source>Figures at registration (later changes are recorded as snapshots):</source>
            <translation>Angka saat pendaftaran (perubahan berikutnya dicatat sebagai potret data):</translation>
        </message>
        <message>
            <source>Annual &amp;sales:</source>
            <translation>&amp;Omzet tahunan:</translation>
        </message>
        <message>
            <source>&amp;Capital (modal):</source>
            <translation>&amp;Modal usaha:</translation>
        </message>
        <message>
            <source>&amp;Employees:</source>
            <translation>&amp;Karyawan:</translation>
        </message>
        <message>
            <source>Sales &amp;channels:</source>
            <translation>Saluran &amp;penjualan:</translation>
        </message>
        <message>
            <source>Marketplace</source>
            <translation>Marketplace</translation>
        </message>
        <message>
            <source>Social media</source>
            <translation>Media sosial</translation>
        </message>
        <message>
            <source>Own website</source>
            <translation>Situs web sendiri</translation>
        </message>
        <message>
            <source>Physical shop</source>
            <translation>Toko fisik</translation>
        </message>
        <message>
            <source>Resellers</source>
            <translation>Reseller</translation>
        </message>
    </context>
    <context>
        <name>UmkmEditor</name>
        <message>
            <source>Edit UMKM</source>
            <translation>Ubah UMKM</translation>
        </message>
        <message>
            <source>New UMKM</source>
            <translation>UMKM baru</translation>
        </message>
        <message>
            <source>From the latest snapshot; record a new snapshot to change it.</source>
            <translation>Dari potret data terakhir; catat potret data baru untuk mengubahnya.</translation>
        </message>
    </context>
    <context>
        <name>UniversitiesDialog</name>
        <message>
            <source>University</source>
            <translation>Perguruan tinggi</translation>
        </message>
        <message>
            <source>&amp;Name *:</source>
            <translation>&amp;Nama *:</translation>
        </message>
        <message>
            <source>Universitas …</source>
            <translation>Universitas …</translation>
        </message>
        <message>
            <source>S&amp;hort name:</source>
            <translation>Singkata&amp;n:</translation>
        </message>
        <message>
            <source>UNEJ</source>
            <translation>UNEJ</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Peran:</translation>
        </message>
        <message>
            <source>Re&amp;gion:</source>
            <translation>&amp;Wilayah:</translation>
        </message>
        <message>
            <source>Type part of the kabupaten/kota name</source>
            <translation>Ketik sebagian nama kabupaten/kota</translation>
        </message>
        <message>
            <source>A&amp;ddress:</source>
            <translation>Ala&amp;mat:</translation>
        </message>
        <message>
            <source>&amp;MoU number:</source>
            <translation>Nomor &amp;MoU:</translation>
        </message>
        <message>
            <source>MoU valid &amp;from:</source>
            <translation>MoU berlaku &amp;dari:</translation>
        </message>
        <message>
            <source>MoU valid &amp;until:</source>
            <translation>MoU berlaku &amp;sampai:</translation>
        </message>
        <message>
            <source>&amp;Contact person:</source>
            <translation>Nara&amp;hubung:</translation>
        </message>
        <message>
            <source>Contact &amp;phone:</source>
            <translation>&amp;Telepon narahubung:</translation>
        </message>
        <message>
            <source>0812-3456-7890</source>
            <translation>0812-3456-7890</translation>
        </message>
        <message>
            <source>Contact &amp;e-mail:</source>
            <translation>&amp;E-mail narahubung:</translation>
        </message>
        <message>
            <source>nama@kampus.ac.id</source>
            <translation>nama@kampus.ac.id</translation>
        </message>
    </context>
    <context>
        <name>UniversityEditor</name>
        <message>
            <source>Edit university</source>
            <translation>Ubah perguruan tinggi</translation>
        </message>
        <message>
            <source>New university</source>
            <translation>Perguruan tinggi baru</translation>
        </message>
        <message>
            <source>Origin (perguruan tinggi asal)</source>
            <translation>Perguruan tinggi asal</translation>
        </message>
        <message>
            <source>Host (perguruan tinggi pelaksana)</source>
            <translation>Perguruan tinggi pelaksana</translation>
        </message>
        <message>
            <source>Host and origin</source>
            <translation>Pelaksana sekaligus asal</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>This field is required.</source>
            <translation>Wajib diisi.</translation>
        </message>
        <message>
            <source>This is not a valid phone number. Write it like 0812-3456-7890 or +62 812 3456 7890.</source>
            <translation>Nomor telepon tidak valid. Tulis seperti 0812-3456-7890 atau +62 812 3456 7890.</translation>
        </message>
        <message>
            <source>This is not a valid e-mail address (like nama@kampus.ac.id).</source>
            <translation>Alamat e-mail tidak valid (contoh: nama@kampus.ac.id).</translation>
        </message>
        <message>
            <source>At most {limit} characters (now {count}).</source>
            <translation>Paling banyak {limit} karakter (sekarang {count}).</translation>
        </message>
        <message>
            <source>Not saved: {count} field(s) need correcting.</source>
            <translation>Belum disimpan: {count} isian perlu diperbaiki.</translation>
        </message>
        <message>
            <source>{label} must be digits, not a fraction.</source>
            <translation>{label} harus berupa angka bulat, bukan pecahan.</translation>
        </message>
        <message>
            <source>{label} arrived as a number of {count} digits: Excel keeps only 15, so its last digits are lost. Format the column as Text and type it again.</source>
            <translation>{label} tiba sebagai angka {count} digit: Excel hanya menyimpan 15, jadi digit terakhirnya hilang. Format kolomnya sebagai Teks lalu ketik ulang.</translation>
        </message>
        <message>
            <source>{label} must be digits.</source>
            <translation>{label} harus berupa angka.</translation>
        </message>
        <message>
            <source>{label} may contain digits only (found “{bad}”).</source>
            <translation>{label} hanya boleh berisi angka (ditemukan “{bad}”).</translation>
        </message>
        <message>
            <source>The NIK arrived as a number ending in 0: Excel may have rounded its last digit. Type the NIK as text and check it against the KTP.</source>
            <translation>NIK terbaca sebagai angka yang berakhir 0: Excel mungkin telah membulatkan digit terakhirnya. Ketik NIK sebagai teks dan cocokkan dengan KTP.</translation>
        </message>
        <message>
            <source>The NIK arrived as a long number; type it as text.</source>
            <translation>NIK terbaca sebagai angka panjang; ketik sebagai teks.</translation>
        </message>
        <message>
            <source>A NIK has 16 digits; this one has {count}.</source>
            <translation>NIK terdiri dari 16 digit; yang ini {count} digit.</translation>
        </message>
        <message>
            <source>The NIK starts with region code {code}, which is not a kabupaten/kota.</source>
            <translation>NIK diawali kode wilayah {code}, yang bukan kode kabupaten/kota.</translation>
        </message>
        <message>
            <source>Digits 7–12 of the NIK (birth date DDMMYY, day + 40 for women) are not a real date.</source>
            <translation>Digit ke-7 s.d. 12 NIK (tanggal lahir DDMMYY, tanggal + 40 untuk perempuan) bukan tanggal yang benar.</translation>
        </message>
        <message>
            <source>The last 4 digits of a NIK (serial number) cannot be 0000.</source>
            <translation>Empat digit terakhir NIK (nomor urut) tidak boleh 0000.</translation>
        </message>
        <message>
            <source>{label} has {length} digits but {count} arrived as a number: leading zeros were probably lost. Type it as text.</source>
            <translation>{label} terdiri dari {length} digit, tetapi terbaca {count} digit sebagai angka: angka nol di depan kemungkinan hilang. Ketik sebagai teks.</translation>
        </message>
        <message>
            <source>{label} has {length} digits; this one has {count}.</source>
            <translation>{label} terdiri dari {length} digit; yang ini {count} digit.</translation>
        </message>
        <message>
            <source>This is not a valid NPWP (15 digits with a correct check digit, or 16 digits).</source>
            <translation>NPWP tidak valid (15 digit dengan digit pemeriksa yang benar, atau 16 digit).</translation>
        </message>
        <message>
            <source>A P-IRT number has {low} to {high} digits; this one has {count}.</source>
            <translation>Nomor P-IRT terdiri dari {low} sampai {high} digit; yang ini {count} digit.</translation>
        </message>
        <message>
            <source>Choose the KBLI version: {choices}.</source>
            <translation>Pilih versi KBLI: {choices}.</translation>
        </message>
        <message>
            <source>A NIM may contain only letters, digits and . - / (no spaces).</source>
            <translation>NIM hanya boleh berisi huruf, angka, dan . - / (tanpa spasi).</translation>
        </message>
        <message>
            <source>Write this on one line, without tabs.</source>
            <translation>Tulis dalam satu baris, tanpa tab.</translation>
        </message>
        <message>
            <source>Choose one of: {choices}.</source>
            <translation>Pilih salah satu: {choices}.</translation>
        </message>
        <message>
            <source>Enter a whole number.</source>
            <translation>Masukkan bilangan bulat.</translation>
        </message>
        <message>
            <source>Enter a number from {minimum} to {maximum}.</source>
            <translation>Masukkan angka dari {minimum} sampai {maximum}.</translation>
        </message>
        <message>
            <source>Enter a number of at least {minimum}.</source>
            <translation>Masukkan angka paling sedikit {minimum}.</translation>
        </message>
        <message>
            <source>Enter a number of at most {maximum}.</source>
            <translation>Masukkan angka paling banyak {maximum}.</translation>
        </message>
        <message>
            <source>Enter an amount in rupiah, like 1.500.000, Rp 1.500.000 or 1,5 jt.</source>
            <translation>Masukkan jumlah dalam rupiah, misalnya 1.500.000, Rp 1.500.000, atau 1,5 jt.</translation>
        </message>
        <message>
            <source>An amount cannot be negative.</source>
            <translation>Jumlah tidak boleh negatif.</translation>
        </message>
        <message>
            <source>Enter whole rupiah, without cents.</source>
            <translation>Masukkan rupiah bulat, tanpa sen.</translation>
        </message>
        <message>
            <source>Enter a date from {earliest} to {latest}.</source>
            <translation>Masukkan tanggal antara {earliest} dan {latest}.</translation>
        </message>
        <message>
            <source>Enter a real date, like 01/09/2025.</source>
            <translation>Masukkan tanggal yang benar, misalnya 01/09/2025.</translation>
        </message>
        <message>
            <source>This date must be on or after {earlier}.</source>
            <translation>Tanggal ini tidak boleh sebelum {earlier}.</translation>
        </message>
        <message>
            <source>A team has {low} to {high} members; this one has {count}.</source>
            <translation>Satu tim beranggotakan {low} sampai {high} orang; tim ini {count} orang.</translation>
        </message>
        <message>
            <source>Choose one member as the team leader.</source>
            <translation>Pilih satu anggota sebagai ketua tim.</translation>
        </message>
        <message>
            <source>The leader must be one of the team's members.</source>
            <translation>Ketua harus salah satu anggota tim.</translation>
        </message>
        <message>
            <source>Student #{id} does not exist.</source>
            <translation>Mahasiswa #{id} tidak ada.</translation>
        </message>
        <message>
            <source>{student} is not in this team's cohort.</source>
            <translation>{student} tidak termasuk angkatan tim ini.</translation>
        </message>
        <message>
            <source>{student} is already in another team.</source>
            <translation>{student} sudah menjadi anggota tim lain.</translation>
        </message>
        <message>
            <source>This mentor looks after {count} team(s) now; the capacity cannot be lower.</source>
            <translation>Mentor ini sedang mendampingi {count} tim; kapasitas tidak boleh lebih kecil.</translation>
        </message>
        <message>
            <source>The chosen record no longer exists: {key}.</source>
            <translation>Data yang dipilih sudah tidak ada: {key}.</translation>
        </message>
        <message>
            <source>A cohort named “{name}” already exists.</source>
            <translation>Angkatan bernama “{name}” sudah ada.</translation>
        </message>
        <message>
            <source>NIM {nim} is already used by another student of this university.</source>
            <translation>NIM {nim} sudah dipakai mahasiswa lain di perguruan tinggi ini.</translation>
        </message>
        <message>
            <source>This student is in team “{team}” of another cohort; remove them from the team first.</source>
            <translation>Mahasiswa ini anggota tim “{team}” di angkatan lain; keluarkan dulu dari tim tersebut.</translation>
        </message>
        <message>
            <source>This cohort already has a team named “{name}”.</source>
            <translation>Angkatan ini sudah memiliki tim bernama “{name}”.</translation>
        </message>
        <message>
            <source>Choose members from the list.</source>
            <translation>Pilih anggota dari daftar.</translation>
        </message>
        <message>
            <source>NIB {nib} is already registered to another UMKM.</source>
            <translation>NIB {nib} sudah terdaftar untuk UMKM lain.</translation>
        </message>
        <message>
            <source>This figure comes from the latest snapshot; record a new snapshot to change it.</source>
            <translation>Angka ini berasal dari potret data terakhir; catat potret data baru untuk mengubahnya.</translation>
        </message>
        <message>
            <source>A university named “{name}” already exists.</source>
            <translation>Perguruan tinggi bernama “{name}” sudah ada.</translation>
        </message>
        <message>
            <source>Choose an entry from the list (“{typed}” is not one).</source>
            <translation>Pilih dari daftar (“{typed}” tidak ada di daftar).</translation>
        </message>
    </context>
    <context>
        <name>Xlsx</name>
        <message>
            <source>No cohort is named “{name}”.</source>
            <translation>Tidak ada angkatan bernama “{name}”.</translation>
        </message>
        <message>
            <source>No university is named “{name}”.</source>
            <translation>Tidak ada perguruan tinggi bernama “{name}”.</translation>
        </message>
        <message>
            <source>Cannot write {file}: {reason}</source>
            <translation>Tidak dapat menulis {file}: {reason}</translation>
        </message>
        <message>
            <source>Unknown kind “{kind}”; choose one of {kinds}.</source>
            <translation>Jenis “{kind}” tidak dikenal; pilih salah satu dari {kinds}.</translation>
        </message>
        <message>
            <source>No header row found in sheet “{sheet}”: expected columns such as {examples}.</source>
            <translation>Baris judul kolom tidak ditemukan di lembar “{sheet}”: diharapkan kolom seperti {examples}.</translation>
        </message>
        <message>
            <source>The required column “{column}” is missing.</source>
            <translation>Kolom wajib “{column}” tidak ada.</translation>
        </message>
        <message>
            <source>Formula cells are refused (cell {cell}); paste the values instead.</source>
            <translation>Sel berisi rumus ditolak (sel {cell}); tempel sebagai nilai.</translation>
        </message>
        <message>
            <source>Cell {cell} shows an Excel error ({error}); correct it or empty the cell.</source>
            <translation>Sel {cell} berisi galat Excel ({error}); perbaiki atau kosongkan selnya.</translation>
        </message>
        <message>
            <source>This is the template's example row; delete it before importing.</source>
            <translation>Ini baris contoh dari templat; hapus sebelum mengimpor.</translation>
        </message>
        <message>
            <source>Duplicate of row {row} in this file ({value}).</source>
            <translation>Sama dengan baris {row} di berkas ini ({value}).</translation>
        </message>
        <message>
            <source>Already in the database ({value}); choose “update existing” (--update-existing on the command line) to update it.</source>
            <translation>Sudah ada di basis data ({value}); pilih “perbarui data yang sudah ada” (--update-existing di baris perintah) untuk memperbaruinya.</translation>
        </message>
        <message>
            <source>Already in the database ({value}); choose “update existing” to update it.</source>
            <translation type="vanished">Sudah ada di basis data ({value}); pilih “perbarui data yang sudah ada” untuk memperbaruinya.</translation>
        </message>
        <message>
            <source>The sheet has no data rows under its header.</source>
            <translation>Lembar ini tidak berisi baris data di bawah judul kolom.</translation>
        </message>
        <message>
            <source>Nothing was imported: {count} problem(s) in {rows} row(s) must be corrected first.</source>
            <translation>Tidak ada yang diimpor: {count} masalah di {rows} baris harus diperbaiki dulu.</translation>
        </message>
        <message>
            <source>Nothing was imported: the database refused a row ({reason}).</source>
            <translation>Tidak ada yang diimpor: basis data menolak satu baris ({reason}).</translation>
        </message>
        <message>
            <source>Unknown university “{name}”: add it (or import universities) first.</source>
            <translation>Perguruan tinggi “{name}” tidak dikenal: tambahkan (atau impor data perguruan tinggi) dulu.</translation>
        </message>
        <message>
            <source>Name the cohort in this column or choose a default cohort.</source>
            <translation>Tulis angkatan di kolom ini atau pilih angkatan bawaan.</translation>
        </message>
        <message>
            <source>Unknown cohort “{name}”: add it (or import cohorts) first.</source>
            <translation>Angkatan “{name}” tidak dikenal: tambahkan (atau impor data angkatan) dulu.</translation>
        </message>
        <message>
            <source>This value is masked (from an export without full personal data); leave it empty or type the real value.</source>
            <translation>Nilai ini disamarkan (dari ekspor tanpa data pribadi lengkap); kosongkan atau ketik nilai sebenarnya.</translation>
        </message>
        <message>
            <source>No student with NIM {nim} in this cohort: import the students first.</source>
            <translation>Tidak ada mahasiswa dengan NIM {nim} di angkatan ini: impor data mahasiswa dulu.</translation>
        </message>
        <message>
            <source>NIM {nim} belongs to several students of this cohort (different universities); this cannot be resolved from the sheet.</source>
            <translation>NIM {nim} dimiliki beberapa mahasiswa di angkatan ini (perguruan tinggi berbeda); tidak dapat dipastikan dari lembar ini.</translation>
        </message>
        <message>
            <source>{student} is already in the team of row {row}.</source>
            <translation>{student} sudah menjadi anggota tim di baris {row}.</translation>
        </message>
        <message>
            <source>No team “{name}” in this cohort.</source>
            <translation>Tidak ada tim “{name}” di angkatan ini.</translation>
        </message>
        <message>
            <source>No mentor named “{name}”.</source>
            <translation>Tidak ada mentor bernama “{name}”.</translation>
        </message>
        <message>
            <source>Several mentors are named “{name}”.</source>
            <translation>Ada beberapa mentor bernama “{name}”.</translation>
        </message>
        <message>
            <source>No UMKM has NIB {nib}.</source>
            <translation>Tidak ada UMKM dengan NIB {nib}.</translation>
        </message>
        <message>
            <source>No UMKM named “{name}”; add its NIB to tell which.</source>
            <translation>Tidak ada UMKM bernama “{name}”; tambahkan NIB-nya agar jelas.</translation>
        </message>
        <message>
            <source>Several UMKM are named “{name}”; add the NIB to tell which.</source>
            <translation>Ada beberapa UMKM bernama “{name}”; tambahkan NIB agar jelas yang mana.</translation>
        </message>
        <message>
            <source>Nothing was imported: row {row}: {problem}</source>
            <translation>Tidak ada yang diimpor: baris {row}: {problem}</translation>
        </message>
        <message>
            <source>Enter a time like 09:30.</source>
            <translation>Isi jam seperti 09:30.</translation>
        </message>
        <message>
            <source>“{value}” could be {names}; write which one.</source>
            <translation>“{value}” bisa berarti {names}; tulis yang dimaksud.</translation>
        </message>
        <message>
            <source>“{value}” is not an official kabupaten/kota name; did you mean {name}?</source>
            <translation>“{value}” bukan nama kabupaten/kota resmi; maksudnya {name}?</translation>
        </message>
        <message>
            <source>“{value}” is not an official kabupaten/kota name.</source>
            <translation>“{value}” bukan nama kabupaten/kota resmi.</translation>
        </message>
        <message>
            <source>{file} has no sheets.</source>
            <translation>{file} tidak berisi lembar kerja.</translation>
        </message>
        <message>
            <source>{file} has no sheet “{sheet}”; its sheets are: {sheets}.</source>
            <translation>{file} tidak memiliki lembar “{sheet}”; lembarnya: {sheets}.</translation>
        </message>
        <message>
            <source>{file}: the sheet spans {rows} rows and {cols} columns; that is more cells than can be imported at once ({max_cells}). Remove empty or unneeded rows and columns, or split the file.</source>
            <translation>{file}: lembar ini mencakup {rows} baris dan {cols} kolom; itu lebih banyak sel daripada yang dapat diimpor sekaligus ({max_cells}). Hapus baris dan kolom yang kosong atau tidak perlu, atau pecah berkasnya.</translation>
        </message>
        <message>
            <source>{file} could not be read: {reason}</source>
            <translation>{file} tidak dapat dibaca: {reason}</translation>
        </message>
        <message>
            <source>Cannot open {file}: {reason}</source>
            <translation>Tidak dapat membuka {file}: {reason}</translation>
        </message>
        <message>
            <source>{file} is too large ({mb} MB) to import.</source>
            <translation>{file} terlalu besar ({mb} MB) untuk diimpor.</translation>
        </message>
        <message>
            <source>{file} is an old Excel 97–2003 (.xls) or encrypted file; save it as an Excel workbook (.xlsx) first.</source>
            <translation>{file} adalah berkas Excel 97–2003 (.xls) atau terenkripsi; simpan dulu sebagai buku kerja Excel (.xlsx).</translation>
        </message>
        <message>
            <source>{file} is not an Excel workbook (.xlsx).</source>
            <translation>{file} bukan buku kerja Excel (.xlsx).</translation>
        </message>
        <message>
            <source>{file} is damaged or not an Excel workbook (.xlsx).</source>
            <translation>{file} rusak atau bukan buku kerja Excel (.xlsx).</translation>
        </message>
        <message>
            <source>{file} unpacks to far more data than a spreadsheet holds (a 'zip bomb'?); refused.</source>
            <translation>{file} berisi data jauh lebih besar daripada lembar kerja biasa ('bom zip'?); ditolak.</translation>
        </message>
        <message>
            <source>{file} contains XML entity declarations (a possible 'XML bomb'); refused.</source>
            <translation>{file} berisi deklarasi entitas XML (mungkin 'bom XML'); ditolak.</translation>
        </message>
        <message>
            <source>{file}: the sheet claims {rows} rows and {cols} columns; at most {max_rows} rows and {max_cols} columns can be imported.</source>
            <translation>{file}: lembar ini mengaku berisi {rows} baris dan {cols} kolom; paling banyak {max_rows} baris dan {max_cols} kolom dapat diimpor.</translation>
        </message>
    </context>
</TS>
