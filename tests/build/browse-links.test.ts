/**
 * A link check over the made-up archive, which has every page type (later
 * pages, day archives, person and publication pages): no broken internal
 * link, asset or anchor anywhere. The bundled archive is checked the same way
 * on nginx (tests/deploy/).
 */
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { useFixtureSite } from '../support/fixture-site.ts';
import { checkInternalLinks, sitePages } from '../support/link-check.ts';
import { startStaticServer, type StaticServer } from '../support/static-server.ts';

const fixture = useFixtureSite();
let server: StaticServer | undefined;
after(() => server?.close());

test('no page of the made-up archive has a broken internal link, asset or anchor', async () => {
  const { dist } = fixture();
  server = await startStaticServer(dist);
  const { broken, internal } = await checkInternalLinks(dist, `${server.url}/`);
  assert.ok(sitePages(dist).length > 100, 'the check sees every page');
  assert.ok(internal > 1000, `the check followed ${internal} internal references`);
  assert.deepEqual(broken, []);
});
