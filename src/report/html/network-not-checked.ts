import { type Html, html } from './escape.js';

/** A section a rules-only run has nothing for: say so instead of an empty table that reads like "all clear". */
export function networkNotChecked(id: string, title: string, consequence: string): Html {
  return html`<section id="${id}" aria-labelledby="${id}-h">
<h2 id="${id}-h">${title}</h2>
<p class="lead"><b>NETWORK NOT CHECKED.</b> This run judged the prerequisite rules only (<code>check --only rules</code>): no endpoint was probed, so ${consequence}. Run <code>scp-preflight check</code> without <code>--only rules</code> for the network results.</p>
</section>`;
}
