list(APPEND TOLLGATE_TEST_SOURCES
  unit/alerts/hmac_sha256_test.cpp
  unit/alerts/alert_events_test.cpp
  unit/alerts/alert_routing_test.cpp
  unit/alerts/alert_payloads_test.cpp
  unit/alerts/alert_delivery_test.cpp
  unit/alerts/alert_ledger_test.cpp
)
