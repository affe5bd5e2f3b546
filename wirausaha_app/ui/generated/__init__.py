"""Generated from forms/*.ui by devtools.build_forms; do not edit."""
