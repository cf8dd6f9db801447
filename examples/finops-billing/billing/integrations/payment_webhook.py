"""Payment-provider webhooks: verify the signature, then record the payment."""

import hashlib
import hmac
import json

from billing.models import Invoice
from billing.services.payment_service import record_payment


class WebhookError(ValueError):
    """A webhook that must be rejected."""


def sign(secret, body):
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


def handle(conn, secret, body, signature):
    """Checks the HMAC-SHA256 signature of `body` and applies the payment it reports."""
    if not hmac.compare_digest(sign(secret, body), signature):
        raise WebhookError("bad signature")
    event = json.loads(body)
    matches = Invoice.where(conn, number=event["invoice"])
    if not matches:
        raise WebhookError("unknown invoice %s" % event["invoice"])
    return record_payment(conn, matches[0], event["amount_cents"], event["paid_on"],
                          reference=event.get("reference"))
