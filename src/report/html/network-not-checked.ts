import { type Html, html, trusted } from './escape.js';

const RULES_ONLY = trusted('This run judged the prerequisite rules only (<code>check --only rules</code>):');
const RUN_FOR_NETWORK = trusted('Run <code>scp-preflight check</code> without <code>--only rules</code> for the network results.');

/** A section a rules-only run has nothing for: say so instead of an empty table that reads like "all clear". */
export function networkNotChecked(id: string, title: string, consequence: string): Html {
  return html`<section id="${id}" aria-labelledby="${id}-h">
<h2 id="${id}-h">${title}</h2>
<p class="lead"><b>NETWORK NOT CHECKED.</b> ${RULES_ONLY} no endpoint was probed, so ${consequence}. ${RUN_FOR_NETWORK}</p>
</section>`;
}
