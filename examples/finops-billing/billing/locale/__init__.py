"""Localization (Batch 8): UI strings per language, English as the fallback."""

MESSAGES = {
    "en": {"invoices": "Invoices", "balance": "Balance", "due": "Due"},
    "fr": {"invoices": "Factures", "balance": "Solde", "due": "Échéance"},
    "de": {"invoices": "Rechnungen", "balance": "Saldo", "due": "Fällig"},
}


def t(key, lang="en"):
    """The text for `key` in `lang`, else English, else the key itself."""
    return MESSAGES.get(lang, {}).get(key) or MESSAGES["en"].get(key, key)


def missing(lang):
    """Keys English has that `lang` lacks (what the a11y/l10n review checks)."""
    return sorted(set(MESSAGES["en"]) - set(MESSAGES.get(lang, {})))
