import t from 'tap';
import { parsePrincipal } from '../../src/evidence/principal.js';

t.test('parsePrincipal', async (t) => {
  t.same(parsePrincipal('CONTOSO\\CM01$'), { domain: 'CONTOSO', name: 'CM01$' });
  t.same(parsePrincipal('contoso.com\\svc'), { domain: 'contoso.com', name: 'svc' });
  t.same(parsePrincipal('svc@corp.contoso.com'), { domain: 'corp.contoso.com', name: 'svc' });
  t.same(parsePrincipal('Administrator'), { domain: null, name: 'Administrator' });
});
