"""Shown names of the stored codes, shared by the list specs."""

from __future__ import annotations

from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP

UNIVERSITY_KINDS = {
    "host": QT_TRANSLATE_NOOP("Listing", "Host"),
    "origin": QT_TRANSLATE_NOOP("Listing", "Origin"),
    "both": QT_TRANSLATE_NOOP("Listing", "Host and origin"),
}
SEMESTERS = {
    "ganjil": QT_TRANSLATE_NOOP("Listing", "Odd (ganjil)"),
    "genap": QT_TRANSLATE_NOOP("Listing", "Even (genap)"),
}
STUDENT_STATUSES = {
    "registered": QT_TRANSLATE_NOOP("Listing", "Registered"),
    "active": QT_TRANSLATE_NOOP("Listing", "Active"),
    "completed": QT_TRANSLATE_NOOP("Listing", "Completed"),
    "withdrawn": QT_TRANSLATE_NOOP("Listing", "Withdrawn"),
}
GENDERS = {
    "L": QT_TRANSLATE_NOOP("Listing", "Male"),
    "P": QT_TRANSLATE_NOOP("Listing", "Female"),
}
MENTOR_KINDS = {
    "dpl": QT_TRANSLATE_NOOP("Listing", "Academic mentor (DPL)"),
    "practitioner": QT_TRANSLATE_NOOP("Listing", "Practitioner"),
}
SCALE_CLASSES = {
    "mikro": QT_TRANSLATE_NOOP("Listing", "Micro"),
    "kecil": QT_TRANSLATE_NOOP("Listing", "Small"),
    "menengah": QT_TRANSLATE_NOOP("Listing", "Medium"),
    "besar": QT_TRANSLATE_NOOP("Listing", "Large"),
}
SALES_CHANNELS = {
    "marketplace": QT_TRANSLATE_NOOP("Listing", "Marketplace"),
    "social_media": QT_TRANSLATE_NOOP("Listing", "Social media"),
    "website": QT_TRANSLATE_NOOP("Listing", "Own website"),
    "shop": QT_TRANSLATE_NOOP("Listing", "Shop"),
    "reseller": QT_TRANSLATE_NOOP("Listing", "Reseller"),
}
YES_NO = {
    "yes": QT_TRANSLATE_NOOP("Listing", "Yes"),
    "no": QT_TRANSLATE_NOOP("Listing", "No"),
}

# Region choices: the kabupaten/kota of Jawa Timur, where the program runs.
JATIM_REGIONS_SQL = "SELECT code, name FROM regions WHERE province_code = '35' ORDER BY name"
UNIVERSITIES_SQL = "SELECT id, name FROM universities ORDER BY name"
COHORTS_SQL = "SELECT id, name FROM cohorts ORDER BY year DESC, semester DESC, name"
