// Component implementation (stream B, agent-b2): the allocations table,
// rendered to an HTML string so it is testable without a browser.

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML. */
export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Formats cents as euros, French style: 1 234,50 €. */
export function euros(cents) {
  const [whole, part] = (cents / 100).toFixed(2).split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0')},${part}\u00a0€`;
}

/** The table of allocations, with a caption and header scopes for screen readers. */
export function allocationTable(month, allocations) {
  const rows = allocations.map((a) => `<tr><th scope="row">${escapeHtml(a.matricule)}</th>`
    + `<td>${escapeHtml(a.name)}</td><td>${a.tickets}</td><td>${euros(a.employer_cents)}</td></tr>`);
  const total = allocations.reduce((sum, a) => sum + a.tickets, 0);
  return `<table><caption>Restaurant tickets for ${escapeHtml(month)}</caption>`
    + '<thead><tr><th scope="col">Matricule</th><th scope="col">Name</th>'
    + '<th scope="col">Tickets</th><th scope="col">Employer share</th></tr></thead>'
    + `<tbody>${rows.join('')}</tbody>`
    + `<tfoot><tr><th scope="row" colspan="2">Total</th><td>${total}</td><td></td></tr></tfoot></table>`;
}
