/**
 * UK CPD providers whose course pages CPD Lens scores without being asked. Each is an exact origin
 * pattern (no wildcards beyond subdomains): the install prompt lists these sites and nothing more.
 * Any other site is scored only when the user asks, through the popup (activeTab) or by granting
 * that one origin as an optional host permission.
 */
export const PROVIDER_MATCHES: readonly string[] = [
  'https://*.ambition.org.uk/*',
  'https://*.teachfirst.org.uk/*',
  'https://*.chartered.college/*',
  'https://*.nationalcollege.com/*',
  'https://*.thenationalcollege.co.uk/*',
  'https://*.stem.org.uk/*',
  'https://*.ncetm.org.uk/*',
  'https://*.teachcomputing.org/*',
  'https://*.tes.com/*',
  'https://*.osiriseducational.co.uk/*',
  'https://*.creativeeducation.co.uk/*',
  'https://*.educare.co.uk/*',
  'https://*.optimus-education.com/*',
  'https://*.bestpracticenetwork.net/*',
  'https://*.educationdevelopmenttrust.com/*',
  'https://*.nasen.org.uk/*',
  'https://*.naht.org.uk/*',
  'https://*.ascl.org.uk/*',
  'https://*.ase.org.uk/*',
  'https://*.m-a.org.uk/*',
  'https://*.geography.org.uk/*',
  'https://*.history.org.uk/*',
  'https://*.literacytrust.org.uk/*',
  'https://*.educationendowmentfoundation.org.uk/*',
  'https://*.researchschool.org.uk/*',
  'https://*.teachingschoolhubs.org.uk/*',
  'https://*.futurelearn.com/*',
  'https://*.open.edu/*',
];

/** Test-only origins: the e2e build scores pages served on loopback, since tests cannot click the toolbar. */
export const E2E_MATCHES: readonly string[] = ['http://127.0.0.1/*'];

/** In e2e builds, a loopback host that is NOT in the content-script list, standing in for a site granted by activeTab. */
export const E2E_ON_REQUEST_HOSTS: readonly string[] = ['http://localhost/*'];
