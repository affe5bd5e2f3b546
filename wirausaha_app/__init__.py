"""Wirausaha Merdeka Manager: the desktop program and its headless core."""

__version__ = "0.1.0"
APP_NAME = "Wirausaha Merdeka Manager"
APP_ID = "wirausaha-app"
