"""Word lists for the demo data: people's names by region, universities, businesses.

Names are built from parts so a few hundred words give tens of thousands of
plausible, varied people and businesses. Everything here is fictitious; the
universities and places are real, their MoU numbers and contacts are not.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

# --- People ----------------------------------------------------------------------------

# Each name group: (male first names, female first names, surnames / second names).
# An empty surname list means the group usually goes by one or two given names.
NAME_GROUPS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "jawa": (
        ("Budi", "Agus", "Bambang", "Joko", "Wahyu", "Eko", "Dwi", "Tri", "Adi", "Yoga",
         "Bagus", "Rizky", "Dimas", "Aditya", "Fajar", "Galih", "Hendro", "Sigit", "Teguh",
         "Slamet", "Yusuf", "Arif", "Rendy", "Bayu", "Danang", "Ilham", "Prasetyo"),
        ("Sri", "Siti", "Dewi", "Ayu", "Ratna", "Wulan", "Endah", "Rini", "Putri", "Anisa",
         "Dyah", "Nur", "Lestari", "Indah", "Nanda", "Retno", "Fitri", "Kartika", "Intan",
         "Setyaningsih", "Rahayu", "Novita", "Eka", "Maharani", "Laras"),
        ("Santoso", "Wibowo", "Prasetyo", "Susanto", "Hidayat", "Saputra", "Nugroho",
         "Kurniawan", "Setiawan", "Purnomo", "Wijayanti", "Rahmawati", "Handayani",
         "Utomo", "Suryadi", "Pratama", "Firmansyah", "Ramadhan", "Permana", "Anggraini",
         "Puspitasari", "Hartono", "Sulistyo", "Cahyono", "Yulianto", ""),
    ),
    "madura": (
        ("Moh.", "Ach.", "Fathorrahman", "Sahrul", "Holil", "Rofiqi", "Mahfud", "Subairi",
         "Zainal", "Badrus", "Mat", "Hasan", "Syaiful", "Imam", "Fauzi"),
        ("Siti", "Nurul", "Hosnol", "Maimunah", "Halimah", "Khoiriyah", "Fatimah", "Zahro",
         "Rofiqoh", "Lailatul", "Ummi", "Ainun"),
        ("Hasan", "Fauzi", "Rahman", "Hidayatullah", "Maulana", "Qomariyah", "Mukarromah",
         "Jannah", "Badri", "Ridwan", "Sholeh", "Munir", ""),
    ),
    "sunda": (
        ("Asep", "Ujang", "Dadang", "Cecep", "Dede", "Ade", "Yayan", "Iwan", "Rudi", "Wawan",
         "Gilang", "Ilham", "Rangga", "Rizal"),
        ("Euis", "Neneng", "Imas", "Iis", "Cucu", "Rina", "Siti", "Nining", "Yanti", "Desi",
         "Ai", "Tati", "Lina"),
        ("Sunarya", "Suherman", "Kusnadi", "Hermawan", "Suryana", "Mulyana", "Permana",
         "Nurjaman", "Ruhiyat", "Hidayat", "Rosita", "Sumarni", "Rahmawati", ""),
    ),
    "batak": (
        ("Togar", "Martua", "Parlindungan", "Hotman", "Bonar", "Daniel", "Samuel", "Yosua",
         "Rico", "Andreas", "Fernando", "Johannes", "Ucok"),
        ("Rosmawati", "Tiurma", "Debora", "Lasma", "Sari", "Grace", "Maria", "Ruth", "Yohana",
         "Sondang", "Melati", "Christina"),
        ("Siregar", "Nasution", "Simanjuntak", "Hutagalung", "Sitompul", "Lubis", "Harahap",
         "Panjaitan", "Sinaga", "Situmorang", "Simatupang", "Pardede", "Sihombing",
         "Manurung", "Tambunan", "Hasibuan"),
    ),
    "minang": (
        ("Rizki", "Fadli", "Hendra", "Zulkifli", "Afdal", "Yudi", "Rahmat", "Irfan", "Fikri",
         "Ridho", "Andika", "Syafri"),
        ("Yulia", "Rahmi", "Silvia", "Mutia", "Nurhasanah", "Dini", "Rahma", "Fitria",
         "Zulfa", "Vivi", "Rosa"),
        ("Chaniago", "Piliang", "Tanjung", "Koto", "Sikumbang", "Jambak", "Syahputra",
         "Putra", "Yanti", "Efendi", "Rahman", ""),
    ),
    "bugis": (
        ("Andi", "Muhammad", "Arman", "Ilham", "Syamsul", "Haris", "Baso", "Akbar", "Rahmat",
         "Fadil", "Rusdi"),
        ("Andi", "Nurul", "Hasnah", "Sitti", "Rahmawati", "Fitriani", "Nurhayati", "Wahyuni",
         "Musdalifah", "Rini"),
        ("Mappanyukki", "Pawelloi", "Baso", "Rahman", "Amir", "Sapri", "Hamzah", "Mattalitti",
         "Arsyad", "Basri", "Sulaiman", "Tenri", ""),
    ),
    "bali": (
        ("I Gede", "I Made", "I Nyoman", "I Ketut", "I Putu", "I Wayan", "I Komang",
         "I Kadek"),
        ("Ni Luh", "Ni Made", "Ni Nyoman", "Ni Ketut", "Ni Putu", "Ni Wayan", "Ni Komang",
         "Ni Kadek"),
        ("Agus Sudarma", "Wirawan", "Suartana", "Ariana", "Adnyana", "Darmawan", "Juliantara",
         "Sukerti", "Ayu Lestari", "Sri Wahyuni", "Yudiana", "Astawa", "Mahendra"),
    ),
    "tionghoa": (
        ("Kevin", "Steven", "Michael", "Hendra", "Budi", "William", "Jason", "Felix",
         "Christian", "Vincent", "Ricky", "Andrew"),
        ("Jessica", "Stefani", "Cindy", "Melissa", "Vania", "Angeline", "Natalia", "Felicia",
         "Michelle", "Yuliana", "Grace", "Clara"),
        ("Tanoto", "Halim", "Wijaya", "Gunawan", "Salim", "Santoso", "Kurniawan", "Tanuwijaya",
         "Hartanto", "Liem", "Sutanto", "Widjaja", "Setiadi", "Lim", "Tan"),
    ),
    "minahasa": (
        ("Gabriel", "Rivaldo", "Frans", "Ronald", "Stevanus", "Jeremy", "Marvel", "Glenn"),
        ("Natalia", "Priscilla", "Meiske", "Gloria", "Deisy", "Juliet", "Brenda", "Feibe"),
        ("Wowor", "Rumengan", "Lumowa", "Pangemanan", "Sondakh", "Rondonuwu", "Mandagi",
         "Runtuwene", "Supit", "Tumbelaka", "Kaunang"),
    ),
    "aceh": (
        ("Teuku", "Muhammad", "Zulfikar", "Iskandar", "Fauzan", "Rizal", "Khairul", "Munawar"),
        ("Cut", "Nurul", "Rahmah", "Zahra", "Safrina", "Mutia", "Nadia", "Husna"),
        ("Ridwan", "Iskandar", "Yusuf", "Ibrahim", "Abdullah", "Hasballah", "Daud", "Rahmi",
         "Aini", ""),
    ),
    "timur": (
        ("Yohanes", "Marthen", "Fransiskus", "Petrus", "Yakobus", "Agustinus", "Obed",
         "Yulius"),
        ("Maria", "Yuliana", "Elisabeth", "Theresia", "Agnes", "Martha", "Kristina", "Paulina"),
        ("Kogoya", "Wenda", "Rumbiak", "Fernandez", "Da Costa", "Ndun", "Lado", "Manafe",
         "Tanamal", "Latuconsina", "Pattimura", "Kolo", "Bere"),
    ),
    "banjar_melayu": (
        ("Ahmad", "Rahmadi", "Fauzan", "Syahrani", "Rizky", "Hamdan", "Noor", "Akhmad"),
        ("Nor", "Rabiatul", "Mahmudah", "Siti", "Fitriyani", "Aulia", "Raudah"),
        ("Rahman", "Hidayat", "Ansyari", "Fadillah", "Hamidah", "Jannah", "Saputra", ""),
    ),
}

# Which name groups are common among students/owners from a province (weights).
PROVINCE_NAME_MIX: dict[str, tuple[tuple[str, int], ...]] = {
    "35": (("jawa", 62), ("madura", 18), ("tionghoa", 8), ("bali", 2), ("sunda", 3),
           ("batak", 2), ("minang", 2), ("bugis", 1), ("timur", 2)),
    "34": (("jawa", 80), ("sunda", 5), ("tionghoa", 5), ("batak", 4), ("timur", 6)),
    "33": (("jawa", 85), ("tionghoa", 7), ("sunda", 5), ("batak", 3)),
    "32": (("sunda", 75), ("jawa", 12), ("tionghoa", 6), ("batak", 4), ("minang", 3)),
    "31": (("jawa", 35), ("sunda", 20), ("tionghoa", 15), ("batak", 12), ("minang", 10),
           ("bugis", 4), ("minahasa", 4)),
    "12": (("batak", 65), ("jawa", 15), ("tionghoa", 10), ("minang", 5), ("aceh", 5)),
    "13": (("minang", 85), ("jawa", 8), ("batak", 7)),
    "11": (("aceh", 85), ("jawa", 10), ("batak", 5)),
    "14": (("minang", 45), ("jawa", 25), ("batak", 20), ("tionghoa", 10)),
    "16": (("jawa", 45), ("minang", 20), ("tionghoa", 15), ("banjar_melayu", 20)),
    "18": (("jawa", 60), ("sunda", 15), ("minang", 10), ("tionghoa", 15)),
    "51": (("bali", 85), ("jawa", 12), ("tionghoa", 3)),
    "52": (("bali", 20), ("jawa", 20), ("bugis", 20), ("banjar_melayu", 40)),
    "53": (("timur", 85), ("jawa", 10), ("bugis", 5)),
    "61": (("banjar_melayu", 45), ("tionghoa", 30), ("jawa", 25)),
    "63": (("banjar_melayu", 80), ("jawa", 20)),
    "64": (("banjar_melayu", 40), ("bugis", 30), ("jawa", 30)),
    "71": (("minahasa", 80), ("jawa", 10), ("bugis", 10)),
    "73": (("bugis", 85), ("jawa", 10), ("tionghoa", 5)),
    "81": (("timur", 80), ("bugis", 10), ("jawa", 10)),
    "91": (("timur", 75), ("jawa", 15), ("bugis", 10)),
}
DEFAULT_NAME_MIX = (("jawa", 50), ("sunda", 15), ("batak", 10), ("bugis", 10), ("tionghoa", 15))


# Family/second names that are women's names; men never get them.
FEMININE_SURNAMES = frozenset({
    "Wijayanti", "Rahmawati", "Handayani", "Anggraini", "Puspitasari", "Qomariyah",
    "Mukarromah", "Jannah", "Rosita", "Sumarni", "Yanti", "Rahmi", "Aini", "Sukerti",
    "Ayu Lestari", "Sri Wahyuni", "Hamidah",
})


def person_name(rng: random.Random, group: str, female: bool) -> str:
    males, females, surnames = NAME_GROUPS[group]
    if not female:
        surnames = tuple(s for s in surnames if s not in FEMININE_SURNAMES)
    first = rng.choice(females if female else males)
    if group == "jawa" and rng.random() < 0.25:
        # Many Javanese go by two given names and no family name ("Dwi Rahayu").
        second = rng.choice(females if female else males)
        if second != first:
            return f"{first} {second}"
    last = rng.choice(surnames)
    if group == "bugis" and first == "Andi" and not last:
        last = rng.choice(("Tenri", "Mappanyukki", "Arsyad"))
    return f"{first} {last}".strip()


def name_group(rng: random.Random, province_code: str) -> str:
    mix = PROVINCE_NAME_MIX.get(province_code, DEFAULT_NAME_MIX)
    groups, weights = zip(*mix, strict=True)
    return rng.choices(groups, weights)[0]


ACADEMIC_PREFIXES = ("", "", "Dr. ", "Dr. Ir. ", "Ir. ", "Prof. Dr. ")
ACADEMIC_SUFFIXES = (
    ", M.T.", ", M.M.", ", M.Kom.", ", M.Si.", ", M.Sc.", ", S.E., M.M.", ", S.T., M.T.",
    ", M.B.A.", ", M.P.", ", S.Kom., M.Kom.", ", Ph.D.",
)
PRACTITIONER_SUFFIXES = ("", "", ", S.E.", ", S.T.", ", S.Kom.", ", S.M.", ", CPM")

# --- Universities ----------------------------------------------------------------------


@dataclass(frozen=True)
class UniversityInfo:
    name: str
    short_name: str
    region_code: str
    domain: str
    nim_pattern: str  # Y=entry year (2 digits), YYYY=4 digits, #=digit
    polytechnic: bool = False


HOSTS = (
    UniversityInfo("Politeknik Elektronika Negeri Surabaya", "PENS", "35.78", "pens.ac.id",
                   "31YY600###", True),
    UniversityInfo("Politeknik Negeri Jember", "Polije", "35.09", "polije.ac.id",
                   "E31YY1###", True),
    UniversityInfo("Politeknik Perkapalan Negeri Surabaya", "PPNS", "35.78", "ppns.ac.id",
                   "09YY04####", True),
)

ORIGINS = (
    UniversityInfo("Universitas Airlangga", "UNAIR", "35.78", "unair.ac.id", "0412YY3#####"),
    UniversityInfo("Institut Teknologi Sepuluh Nopember", "ITS", "35.78", "its.ac.id",
                   "5025YY1###"),
    UniversityInfo("Universitas Brawijaya", "UB", "35.73", "ub.ac.id", "YY5150200111###"),
    UniversityInfo("Universitas Negeri Malang", "UM", "35.73", "um.ac.id", "YY0411#####"),
    UniversityInfo("Universitas Negeri Surabaya", "UNESA", "35.78", "unesa.ac.id",
                   "YY08044####"),
    UniversityInfo("Universitas Jember", "UNEJ", "35.09", "unej.ac.id", "YY181010####"),
    UniversityInfo("Universitas Trunojoyo Madura", "UTM", "35.26", "trunojoyo.ac.id",
                   "YY0211100###"),
    UniversityInfo("Universitas Muhammadiyah Malang", "UMM", "35.07", "umm.ac.id",
                   "20YY1051####"),
    UniversityInfo("Politeknik Negeri Malang", "Polinema", "35.73", "polinema.ac.id",
                   "YY417200##", True),
    UniversityInfo("Universitas Gadjah Mada", "UGM", "34.04", "ugm.ac.id",
                   "YY/4#####/EK/#####"),
    UniversityInfo("Universitas Diponegoro", "UNDIP", "33.74", "undip.ac.id",
                   "1202YY1013####"),
    UniversityInfo("Universitas Padjadjaran", "UNPAD", "32.11", "unpad.ac.id",
                   "1208YY0####"),
    UniversityInfo("Universitas Sumatera Utara", "USU", "12.71", "usu.ac.id", "YY15030##"),
    UniversityInfo("Universitas Andalas", "UNAND", "13.71", "unand.ac.id", "YY1101####"),
    UniversityInfo("Universitas Hasanuddin", "UNHAS", "73.71", "unhas.ac.id",
                   "A0211YY1###"),
    UniversityInfo("Universitas Udayana", "UNUD", "51.03", "unud.ac.id", "YY0755####"),
    UniversityInfo("Universitas Lambung Mangkurat", "ULM", "63.71", "ulm.ac.id",
                   "YY10312110###"),
    UniversityInfo("Universitas Sam Ratulangi", "UNSRAT", "71.71", "unsrat.ac.id",
                   "YY061101###"),
    UniversityInfo("Universitas Mataram", "UNRAM", "52.71", "unram.ac.id", "A1C0YY###"),
    UniversityInfo("Universitas Nusa Cendana", "UNDANA", "53.71", "undana.ac.id",
                   "24YY3####"),
    UniversityInfo("Universitas Syiah Kuala", "USK", "11.71", "usk.ac.id", "YY0101010####"),
    UniversityInfo("Universitas Tanjungpura", "UNTAN", "61.71", "untan.ac.id",
                   "B10YY1###"),
)


def nim(rng: random.Random, pattern: str, entry_year: int) -> str:
    yy = f"{entry_year % 100:02d}"
    out = pattern.replace("YYYY", str(entry_year)).replace("YY", yy)
    return "".join(str(rng.randrange(10)) if ch == "#" else ch for ch in out)


def nim_serial(pattern: str, entry_year: int, serial: int) -> str:
    """The ``serial``-th NIM of an intake: the ``#`` digits spell the serial, zero-padded.

    When the serial needs more digits than the pattern has, the extra ones go in
    front of the last run of ``#`` (some campuses widened their numbers the same way).
    """
    yy = f"{entry_year % 100:02d}"
    out = pattern.replace("YYYY", str(entry_year)).replace("YY", yy)
    width = out.count("#")
    digits = f"{serial:0{width}d}"
    it = iter(digits[len(digits) - width :])
    filled = "".join(next(it) if ch == "#" else ch for ch in out)
    extra = digits[: len(digits) - width]
    if extra:
        cut = filled.rstrip("0123456789")
        tail = filled[len(cut):]
        filled = cut + tail[:-width] + extra + tail[-width:] if len(tail) >= width else \
            filled + extra
    return filled


POLYTECHNIC_PROGRAMS = (
    "D4 Teknik Informatika", "D4 Sains Data Terapan", "D4 Teknologi Game",
    "D3 Teknik Elektronika", "D4 Teknik Mekatronika", "D4 Teknologi Rekayasa Multimedia",
    "D4 Bisnis Digital", "D4 Manajemen Agribisnis", "D4 Teknologi Industri Pertanian",
    "D4 Teknik Perancangan dan Konstruksi Kapal", "D4 Manajemen Bisnis Internasional",
    "D4 Akuntansi Sektor Publik", "D3 Produksi Ternak", "D4 Gizi Klinik",
)
UNIVERSITY_PROGRAMS = (
    "S1 Manajemen", "S1 Akuntansi", "S1 Ekonomi Pembangunan", "S1 Agribisnis",
    "S1 Ilmu Komunikasi", "S1 Teknik Industri", "S1 Sistem Informasi", "S1 Teknik Informatika",
    "S1 Desain Komunikasi Visual", "S1 Teknologi Pangan", "S1 Pendidikan Ekonomi",
    "S1 Bisnis Digital", "S1 Kewirausahaan", "S1 Ilmu Gizi", "S1 Peternakan",
)

# --- Businesses ------------------------------------------------------------------------


@dataclass(frozen=True)
class Sector:
    name: str  # bidang usaha as coordinators write it
    kbli: tuple[str, ...]  # plausible KBLI 2020 codes
    products: tuple[str, ...]
    food: bool = False


SECTORS = (
    Sector("Kuliner", ("10794", "10710", "10750", "56102", "56103", "56303", "11040"),
           ("Keripik Tempe", "Sambal", "Kue Kering", "Bakso", "Rujak Cingur", "Tahu Takwa",
            "Brem", "Kopi Robusta", "Madu Mongso", "Sate Klopo", "Rawon", "Pecel",
            "Es Dawet", "Kerupuk Udang", "Bandeng Presto", "Keripik Singkong", "Jamu Gendong",
            "Roti Bakar", "Siomay", "Lapis Kukus"), food=True),
    Sector("Fesyen", ("14111", "13134", "47711", "15201", "14120"),
           ("Batik Tulis", "Batik Cap", "Konveksi", "Hijab", "Kaos Sablon", "Sepatu Kulit",
            "Tenun Ikat", "Tas Rajut", "Jaket Denim")),
    Sector("Kriya", ("16292", "31001", "23939", "32909", "16294"),
           ("Anyaman Bambu", "Kerajinan Rotan", "Gerabah", "Ukir Kayu", "Kerajinan Kerang",
            "Souvenir Resin", "Mebel Jati", "Topeng Malangan")),
    Sector("Agribisnis", ("01135", "01461", "03221", "01139", "01301"),
           ("Hidroponik", "Jamur Tiram", "Ternak Lele", "Bibit Buah", "Sayur Organik",
            "Ayam Kampung", "Budidaya Nila", "Melon Golden"), food=True),
    Sector("Jasa", ("96012", "82190", "74201", "49421", "95230"),
           ("Laundry Kiloan", "Fotokopi", "Studio Foto", "Jasa Angkut", "Servis Sepatu",
            "Percetakan", "Sewa Tenda")),
    Sector("Teknologi Digital", ("62019", "63122", "73100", "62090"),
           ("Aplikasi Kasir", "Jasa Desain Grafis", "Konten Kreatif", "Toko Daring",
            "Pemasaran Digital", "Pembuatan Situs Web")),
    Sector("Kecantikan", ("20232", "96112", "47722"),
           ("Sabun Herbal", "Lulur Tradisional", "Salon Muslimah", "Skincare Lokal",
            "Minyak Rambut Kemiri", "Aromaterapi")),
    Sector("Perdagangan", ("47111", "47211", "47919", "46311"),
           ("Toko Kelontong", "Grosir Sembako", "Agen Beras", "Toko Oleh-oleh",
            "Mracang")),
)
# Relative share of sectors among East Java UMKM (food and trade dominate).
UMKM_SECTOR_WEIGHTS = (34, 10, 8, 12, 10, 4, 5, 17)
TEAM_SECTOR_WEIGHTS = (30, 14, 10, 12, 8, 16, 10, 0)

BUSINESS_PREFIXES = ("UD", "CV", "Warung", "Toko", "Rumah", "Kedai", "Dapur", "Griya", "",
                     "", "", "")
BUSINESS_QUALIFIERS = (
    "Barokah", "Sumber Rejeki", "Maju Jaya", "Berkah", "Sejahtera", "Makmur", "Sekar Jagad",
    "Mbok Darmi", "Bu Sri", "Pak Kumis", "Cak Mat", "Arek Suroboyo", "Nusantara",
    "Lestari", "Sari Rasa", "Mandiri", "Asri", "Bintang", "Dua Saudara", "Manunggal",
    "Tunjung Biru", "Kembang Arum", "Langgeng", "Rahayu", "Jaya Abadi", "Tirta",
    "Mekar Sari", "Sido Mulyo", "Karya Bersama", "Ijen", "Bromo", "Majapahit",
)
# Brand words that fit any sector ("Arunika Keripik Tempe", "Sinergi Laundry Kiloan").
TEAM_BRAND_WORDS = (
    "Nusa", "Lokal", "Arunika", "Sinergi", "Kala", "Karsa", "Bumi", "Laras", "Jelajah",
    "Cipta", "Daya", "Tunas", "Sagara", "Omah", "Loka", "Raga", "Nadi", "Akar", "Benih",
    "Mitra", "Rumah", "Teman", "Kawan", "Bestari", "Sembada", "Guyub", "Rukun",
)

STREET_NAMES = (
    "Jl. Raya Darmo", "Jl. Ahmad Yani", "Jl. Diponegoro", "Jl. Gajah Mada", "Jl. Pahlawan",
    "Jl. Kartini", "Jl. Sudirman", "Jl. Hayam Wuruk", "Jl. Merdeka", "Jl. Veteran",
    "Jl. Kenanga", "Jl. Melati", "Jl. Mawar", "Jl. Anggrek", "Jl. Flamboyan", "Jl. Cempaka",
    "Jl. KH. Hasyim Asy'ari", "Jl. Trunojoyo", "Jl. Brawijaya", "Jl. Ken Arok",
    "Jl. Raya Lawang", "Jl. Mastrip", "Jl. Kalimantan", "Jl. Sumatra", "Jl. Jawa",
    "Jl. Panglima Sudirman", "Jl. Basuki Rahmat", "Jl. Semeru", "Jl. Wilis", "Jl. Argopuro",
    "Jl. Raya Kediri", "Jl. Letjen Suprapto", "Jl. Dr. Soetomo", "Jl. Imam Bonjol",
    "Gang Kelinci", "Jl. Nusa Indah", "Jl. Teratai", "Dusun Krajan", "Jl. Raya Banyuwangi",
)

PRACTITIONER_ORGS = (
    "Rumah Kreatif BUMN Surabaya", "Komunitas UMKM Naik Kelas", "Kadin Jawa Timur",
    "Asosiasi Pengusaha Kuliner Jatim", "Dinas KUKM Provinsi Jawa Timur",
    "PLUT-KUMKM Jawa Timur", "CV Kopi Nusantara Jaya", "Bank Jatim", "BRI Kanwil Surabaya",
    "Tokopedia Mitra Jatim", "Shopee Kampus UMKM", "Sentra Batik Tulis Sidoarjo",
    "Inkubator Bisnis Surabaya", "Lembaga Pendamping Proses Produk Halal",
)
EXPERTISE = (
    "pemasaran digital", "keuangan UMKM", "desain kemasan", "perizinan dan legalitas",
    "produksi pangan", "ekspor", "e-commerce", "branding", "manajemen operasional",
    "sertifikasi halal", "teknologi tepat guna", "kewirausahaan sosial",
)

SESSION_TOPICS = {
    "pre": ("Orientasi program dan pembentukan kelompok", "Ideasi dan validasi masalah",
            "Business Model Canvas", "Riset pasar sederhana", "Penyusunan rencana usaha"),
    "immersion": ("Uji coba produk dan umpan balik pelanggan", "Perhitungan HPP dan harga jual",
                  "Strategi konten media sosial", "Pencatatan keuangan harian",
                  "Pendaftaran NIB lewat OSS", "Desain kemasan dan label",
                  "Negosiasi dengan pemasok bahan baku", "Kunjungan ke UMKM mitra",
                  "Evaluasi penjualan mingguan", "Penggunaan dana usaha"),
    "post": ("Praktik lapangan di UMKM mitra", "Persiapan Expo dan pitching",
             "Penyusunan laporan akhir", "Rencana keberlanjutan usaha",
             "Evaluasi luaran program"),
}
SESSION_NOTES = (
    "Kelompok sudah menyelesaikan tugas minggu lalu.", "Perlu perbaikan pencatatan kas.",
    "Target penjualan minggu depan dinaikkan.", "Mentor meminta revisi desain kemasan.",
    "Diskusi kendala bahan baku dengan UMKM mitra.", "Progres baik, lanjutkan.",
    "Beberapa anggota kurang aktif; diingatkan.", None, None,
)
