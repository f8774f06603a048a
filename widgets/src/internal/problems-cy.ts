/**
 * The problems core's checks and the widgets' configuration loader write (English, `describeIssue` in
 * core's `model/validate.ts`), in Welsh (issue 25): the configuration box of every widget and both policy
 * editors show them. Pure and small: the widgets load it with their Welsh table, the policy editors import it.
 * A message no pattern knows stays as written. Welsh should be checked by a Welsh speaker.
 */
const WELSH: readonly [RegExp, string][] = [
  [/^is missing$/, 'ar goll'],
  [/^should be text$/, 'dylai fod yn destun'],
  [/^should be a number$/, 'dylai fod yn rhif'],
  [/^should be a whole number$/, 'dylai fod yn rhif cyfan'],
  [/^should be true or false$/, 'dylai fod yn true neu false'],
  [/^should be a list$/, 'dylai fod yn rhestr'],
  [/^should be an object \(\{ … \}\)$/, 'dylai fod yn wrthrych ({ … })'],
  [/^should not be empty$/, 'ni ddylai fod yn wag'],
  [/^should have at least (\d+) characters$/, 'dylai fod ag o leiaf $1 nod'],
  [/^should have at least (\d+) items?$/, 'dylai fod ag o leiaf $1 eitem'],
  [/^should be at most (.+)$/, 'dylai fod yn $1 ar y mwyaf'],
  [/^should be at least (.+)$/, 'dylai fod yn $1 o leiaf'],
  [/^should be more than (.+)$/, 'dylai fod yn fwy na $1'],
  [/^should be less than (.+)$/, 'dylai fod yn llai na $1'],
  [/^is too long \(at most (\d+) characters\)$/, 'yn rhy hir ($1 nod ar y mwyaf)'],
  [/^has too many items \(at most (\d+)\)$/, 'mae gormod o eitemau ($1 ar y mwyaf)'],
  [/^should be one of: (.+)$/, 'dylai fod yn un o: $1'],
  [/^is not in the expected format$/, 'nid yw yn y fformat disgwyliedig'],
  [/^has unknown fields?: (.+)$/, 'meysydd anhysbys: $1'],
  [/^does not match any allowed form$/, 'nid yw’n cyfateb i unrhyw ffurf a ganiateir'],
  [/^is not valid$/, 'nid yw’n ddilys'],
  [/^is not valid JSON \((.*)\)$/, 'nid yw’n JSON dilys (“$1”)'],
  // the addresses documents are sent to (core's `endpointProblem`, `resolveEndpoint`)
  [/^(?:The endpoint )?must be a web address starting with https:\/\/ \(http:\/\/ is only allowed for this page’s own site, localhost or 127\.0\.0\.1\)\.?$/, 'rhaid iddo fod yn gyfeiriad gwe sy’n dechrau gyda https:// (dim ond ar gyfer safle’r dudalen hon ei hun, localhost neu 127.0.0.1 y caniateir http://)'],
  [/^(?:The endpoint )?must be a web address starting with https:\/\/\.?$/, 'rhaid iddo fod yn gyfeiriad gwe sy’n dechrau gyda https://'],
  [/^(?:The endpoint )?must not contain a user name or password\.?$/, 'ni ddylai gynnwys enw defnyddiwr na chyfrinair'],
  // the configuration file (widgets/src/internal/config.ts, base.ts)
  [/^could not be loaded \(the server answered (\d+)\)$/, 'nid oedd modd ei lwytho (atebodd y gweinydd $1)'],
  [/^could not be loaded \(no answer: check the address and the page’s connect-src\)$/, 'nid oedd modd ei lwytho (dim ateb: gwiriwch y cyfeiriad a connect-src y dudalen)'],
  [/^no configuration: set config-src, the config property or the endpoint attribute$/, 'dim ffurfweddiad: gosodwch config-src, y briodwedd config neu’r briodoledd endpoint'],
];

/** A problem's message in Welsh where a pattern knows it; otherwise as written. */
export function welshProblem(message: string): string {
  for (const [pattern, welsh] of WELSH) if (pattern.test(message)) return message.replace(pattern, welsh);
  return message;
}
