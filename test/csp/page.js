// Runs before the elements load: records every CSP violation and every element's outcome for the test to read.
window.cspViolations = [];
window.outcomes = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'} ${event.sample || ''}`.trim());
});
for (const type of ['ofsted-data', 'ofsted-error']) {
  document.addEventListener(type, (event) => window.outcomes.push(`${event.target.localName}: ${type}`));
}
