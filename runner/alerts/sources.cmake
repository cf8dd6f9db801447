list(APPEND TOLLGATE_CORE_SOURCES
  runner/alerts/hmac_sha256.cpp
  runner/alerts/alert_events.cpp
  runner/alerts/alert_routing.cpp
  runner/alerts/alert_payloads.cpp
  runner/alerts/alert_delivery.cpp
  runner/alerts/alert_ledger.cpp
  runner/alerts/curl_transport.cpp
)
