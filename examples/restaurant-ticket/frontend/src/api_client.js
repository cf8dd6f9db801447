// API integration (stream B, agent-b2). Every path used here must be in
// ticket/openapi.json: tools/check_openapi.py reads the apiPath calls below.

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Builds the URL of an API path, filling {placeholders} and the month query. */
export function apiPath(template, params = {}) {
  if (!MONTH.test(params.month ?? '')) throw new Error('month must be YYYY-MM');
  const path = template.replace(/\{([a-z_]+)\}/g, (_, name) => {
    if (!(name in params)) throw new Error(`missing path parameter ${name}`);
    return encodeURIComponent(params[name]);
  });
  return `${path}?month=${params.month}`;
}

/** Fetches the allocations of a month; `fetchFn` is injectable for tests. */
export async function fetchAllocations(month, fetchFn = fetch) {
  const response = await fetchFn(apiPath('/allocations', { month }));
  if (!response.ok) throw new Error(`allocations: HTTP ${response.status}`);
  return (await response.json()).allocations;
}

/** The provider CSV download link for a month. */
export function csvLink(month) {
  return apiPath('/allocations.csv', { month });
}

/** Fetches one employee's working days. */
export async function fetchWorkingDays(matricule, month, fetchFn = fetch) {
  const response = await fetchFn(apiPath('/employees/{matricule}/working-days', { matricule, month }));
  if (!response.ok) throw new Error(`working days: HTTP ${response.status}`);
  return (await response.json()).working_days;
}
