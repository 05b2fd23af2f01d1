import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deploymentDefaults, missingSiteUrlWarning, resolveDeployment } from '../../src/deployment.ts';

describe('resolveDeployment', () => {
  it('uses the defaults when SITE_URL and BASE_PATH are unset or empty', () => {
    assert.deepEqual(resolveDeployment({}), { siteUrl: deploymentDefaults.siteUrl, basePath: '/' });
    assert.deepEqual(resolveDeployment({ SITE_URL: ' ', BASE_PATH: '' }), {
      siteUrl: deploymentDefaults.siteUrl,
      basePath: '/',
    });
  });

  it('takes SITE_URL without a trailing slash and BASE_PATH with a slash at each end', () => {
    assert.deepEqual(resolveDeployment({ SITE_URL: 'https://news.example.org/', BASE_PATH: 'news' }), {
      siteUrl: 'https://news.example.org',
      basePath: '/news/',
    });
    assert.equal(resolveDeployment({ BASE_PATH: '//a//b/' }).basePath, '/a/b/');
  });

  it('refuses a SITE_URL that is not an http(s) URL, naming the variable', () => {
    assert.throws(
      () => resolveDeployment({ SITE_URL: 'news.example.org' }),
      /^Error: SITE_URL: "news\.example\.org" is not a URL/,
    );
    assert.throws(() => resolveDeployment({ SITE_URL: 'ftp://example.org' }), /SITE_URL: .*http:\/\/ or https:\/\//);
    assert.throws(() => resolveDeployment({ SITE_URL: 'https://example.org/?a=1' }), /query or a fragment/);
  });

  it('refuses a BASE_PATH with segments a URL path cannot hold plainly', () => {
    assert.throws(() => resolveDeployment({ BASE_PATH: '/news/../x/' }), /BASE_PATH: .*segment "\.\."/);
    assert.throws(() => resolveDeployment({ BASE_PATH: '/my news/' }), /BASE_PATH: .*segment "my news"/);
  });
});

describe('missingSiteUrlWarning', () => {
  it('names SITE_URL, the address used instead and what to set, in one line, when SITE_URL is unset or empty', () => {
    for (const env of [{}, { SITE_URL: '  ' }]) {
      const warning = missingSiteUrlWarning(env);
      assert.ok(warning);
      assert.doesNotMatch(warning, /\n/);
      assert.match(warning, /^WARNING: SITE_URL is not set/);
      assert.ok(warning.includes(deploymentDefaults.siteUrl), warning);
      assert.match(
        warning,
        /set SITE_URL to the archive's public address \(e\.g\. SITE_URL=https:\/\/news\.example\.org/,
      );
    }
  });

  it('says nothing when SITE_URL is set', () => {
    assert.equal(missingSiteUrlWarning({ SITE_URL: 'https://news.example.org' }), undefined);
  });
});
