#!/bin/sh
# The `sms` alert channel: tollgate hands the alert's text on stdin. A real
# gateway would POST it with the credentials in $SMS_GATEWAY_URL; this one
# prints the first line (the title) so a dry run and the demo show the shape.
set -eu
head -n 1
