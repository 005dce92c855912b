import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyNoiseLine } from './classify-noise-line.js';
import { NOISE_RULES } from './noise-rules.js';

/** [line, expected reason, expected rule]: text written for these tests, in the shape news pages use. */
const CASES: [string, string, string][] = [
  // Captions and credits
  ['Rescue crews searched the flooded valley on Sunday morning. Photo: Jane Okafor', 'caption', 'label-credit-suffix'],
  ['Photo: Harbour Gazette staff', 'caption', 'label-credit-suffix'],
  ['Villagers carry sandbags to the levee. (Photo by Marco Ruiz)', 'caption', 'parenthesised-credit'],
  ['The new bridge opened to traffic (Image: City Council)', 'caption', 'parenthesised-credit'],
  ['Firefighters at the scene (Credit: Tom Baker)', 'caption', 'parenthesised-credit'],
  ['A photograph taken on March 2, 2021 shows smoke rising over the port district.', 'caption', 'picture-shows'],
  ['A handout picture released by the ministry shows the damaged runway.', 'caption', 'picture-shows'],
  ['In this Tuesday, June 8, 2021, photo, a worker inspects the turbine.', 'caption', 'in-this-photo'],
  ["An artist's impression of the proposed stadium on the waterfront.", 'caption', 'artist-impression'],
  ['Mayor Lena Ortiz (left) and council leader Sam Reid at the opening', 'caption', 'position-marker'],
  ['FILE PHOTO: A tanker is moored at the terminal in the harbour, May 4, 2020.', 'caption', 'file-photo-label'],
  ['Photograph: Alex Moore/Northern Pictures', 'caption', 'label-credit-suffix'],
  ['Photo by Alex Moore for the Ledger', 'caption', 'credit-line'],
  ['Credit...Priya Nair for The Daily Ledger', 'caption', 'credit-line'],
  ['Credits: Coastal Research Institute', 'caption', 'credit-line'],
  ['Image copyright Example Pictures', 'caption', 'media-label'],
  ['Image caption Volunteers cleared debris from the main road', 'caption', 'media-label'],
  ['© Dana White The old mill after the fire.', 'caption', 'copyright-sign-credit'],
  ['Marta Kowalski/Eastern Photo Agency', 'caption', 'name-slash-outlet-credit'],
  ['Chris Lane | Northwind Images | Getty Images', 'caption', 'name-slash-outlet-credit'],
  ['Crowds gather outside parliament. REUTERS/Jon Smith', 'caption', 'agency-slash-photographer'],
  ['Getty Images', 'caption', 'bare-agency-credit'],
  ['Image 3 of 12', 'caption', 'gallery-counter'],
  ['Enlarge image', 'caption', 'gallery-counter'],
  ['Storm damage across the coast — in pictures', 'related-link', 'gallery-link'],
  // Related links and navigation
  ['Read more', 'related-link', 'see-more-marker'],
  ['see more', 'related-link', 'see-more-marker'],
  ['READ MORE: Council approves new flood defences', 'related-link', 'teaser-prefix'],
  ['Related: How the city plans to pay for the new tram line', 'related-link', 'teaser-prefix'],
  ['Also on example.com Ferry services resume after two-day strike', 'related-link', 'also-on-site'],
  ['Follow our full coverage of the election at https://news.example.com/vote', 'related-link', 'coverage-pointer'],
  ['Ministers clash over budget plans [ANALYSIS]', 'related-link', 'bracketed-teaser-tag'],
  ['Hands-on with the new folding phone [Video]', 'related-link', 'bracketed-teaser-tag'],
  ['* * *', 'markup-leftover', 'symbol-only'],
  ['Related stories', 'related-link', 'related-list-heading'],
  ['You may also like:', 'related-link', 'related-list-heading'],
  ['More Business News', 'related-link', 'related-list-heading'],
  ['Skip to main content', 'navigation', 'skip-link'],
  ['Sign in', 'navigation', 'account-link'],
  ['This slideshow requires JavaScript.', 'embed-notice', 'embed-notice'],
  ['Media playback is unsupported on your device', 'embed-notice', 'embed-notice'],
  ['[button link="https://example.com/tips"]Send us a tip[/button]', 'embed-notice', 'shortcode-leftover'],
  ['Tags: flooding, weather, rivers', 'navigation', 'tag-list'],
  ['4 min read', 'navigation', 'reading-time'],
  ['Our site can also be reached at these mirror addresses:', 'site-footer', 'mirror-site-footer'],
  ['Daily Ledger iOS Android Apple TV', 'site-footer', 'app-platform-footer'],
  ['Download our free app for the latest headlines', 'app-prompt', 'app-prompt'],
  // Prompts
  ['Sign up to receive our weekend highlights!', 'newsletter-prompt', 'sign-up-prompt'],
  ['Sign up for our morning briefing newsletter', 'newsletter-prompt', 'sign-up-prompt'],
  ['SUBSCRIBE', 'newsletter-prompt', 'subscribe-prompt'],
  ['Subscribe to our weekly newsletter for more stories like this', 'newsletter-prompt', 'subscribe-prompt'],
  ['Get breaking news alerts delivered to your inbox', 'newsletter-prompt', 'newsletter-offer'],
  ['The best stories of the week, delivered to your inbox every Friday.', 'newsletter-prompt', 'delivered-to-inbox'],
  ['Breaking News Emails', 'newsletter-prompt', 'newsletter-heading'],
  ['By submitting this form, you agree to our privacy notice.', 'consent', 'form-consent'],
  ['By signing up, you consent to receive emails from us.', 'consent', 'form-consent'],
  ['Privacy Policy | Terms of Use', 'consent', 'privacy-terms-link'],
  ['This website uses cookies to improve your experience.', 'cookie-notice', 'cookie-notice'],
  ['We use cookies to personalise content and ads.', 'cookie-notice', 'cookie-notice'],
  ['Share this article', 'share-widget', 'share-prompt'],
  ['Like this story? Share it with a friend!', 'share-widget', 'share-prompt'],
  ['Facebook Twitter WhatsApp Email', 'share-widget', 'share-buttons'],
  ['Print article', 'share-widget', 'article-tools'],
  ['Follow us on Twitter', 'share-widget', 'follow-prompt'],
  ['Follow The Daily Ledger on Instagram, Facebook and YouTube.', 'share-widget', 'follow-prompt'],
  ['12 comments', 'comment-prompt', 'comment-prompt'],
  ['Leave a comment', 'comment-prompt', 'comment-prompt'],
  ['Join the conversation', 'comment-prompt', 'comment-prompt'],
  ['Click here to get the app', 'call-to-action', 'community-prompt'],
  ['Join our reader forums to keep talking about the news', 'call-to-action', 'community-prompt'],
  // Boilerplate
  ['Preview edition - powered by automated translation', 'translation-banner', 'translation-banner'],
  ['Translated by Maria Lopez', 'translation-banner', 'translation-banner'],
  ['This article was machine translated from German.', 'translation-banner', 'translation-banner'],
  ['Advertisement', 'advertisement', 'advertisement-label'],
  ['Story continues below advertisement', 'advertisement', 'advertisement-label'],
  ['Copyright © 2021 Daily Ledger. All rights reserved.', 'copyright', 'copyright-line'],
  ['© 2020 Harbour Gazette', 'copyright', 'copyright-line'],
  ['This post may contain affiliate links.', 'disclosure', 'affiliate-disclosure'],
  ['We may earn a commission when you buy through links on our site.', 'disclosure', 'affiliate-disclosure'],
  [
    'Citation: New coral survey (2021, May 3) retrieved 4 May 2021 from https://example.org/news',
    'citation',
    'citation-line',
  ],
  ['Write to Ana Ruiz at ana.ruiz@example.com', 'contact', 'contact-line'],
  ['twitter.com/example_reporter', 'contact', 'contact-line'],
  ['Reporting by Tom Hill; Editing by Sara Lee', 'byline', 'wire-credit'],
  ['Additional reporting by Kim Lo', 'byline', 'wire-credit'],
  ['Maria Santos contributed to this report.', 'byline', 'wire-credit'],
  ['The Associated Press', 'byline', 'wire-credit'],
  ['Via newswire.example.net', 'byline', 'wire-credit'],
  ['Staff Writer', 'byline', 'role-label'],
  // Code rules
  ['Updated: March 4, 2021, 8:15 AM', 'timestamp', 'timestamp-line'],
  ['Published 11:02 PM EST Nov 3, 2020', 'timestamp', 'timestamp-line'],
  ['PUBLISHED: 10:48, Tue, Jun 8, 2021 | UPDATED: 11:05, Tue, Jun 8, 2021', 'timestamp', 'timestamp-line'],
  ['News / World / Europe', 'breadcrumb', 'breadcrumb'],
  ['Home > Politics', 'breadcrumb', 'breadcrumb'],
  ['By Jane Doe and Sam Roe', 'byline', 'byline-line'],
  ['By', 'byline', 'byline-line'],
];

for (const [line, reason, rule] of CASES) {
  test(`noise: ${line}`, () => {
    const verdict = classifyNoiseLine(line);
    assert.equal(verdict?.reason, reason, `reason for "${line}"`);
    assert.equal(verdict?.rule, rule, `rule for "${line}"`);
  });
}

test('every lexicon rule is earned by at least one case above', () => {
  const used = new Set(CASES.map(([, , rule]) => rule));
  const unused = NOISE_RULES.map((rule) => rule.id).filter((id) => !used.has(id));
  assert.deepEqual(unused, []);
});

test('roles tell the sequence rules what to do with the lines around', () => {
  assert.equal(classifyNoiseLine('see more')?.role, 'see-more');
  assert.equal(classifyNoiseLine('Related stories')?.role, 'list-heading');
  assert.equal(classifyNoiseLine('READ MORE: Ferry strike ends')?.role, 'teaser');
  assert.equal(classifyNoiseLine('Daily Ledger iOS Android Apple TV')?.role, 'footer-marker');
});

test('a markup hint applies only when no text rule speaks', () => {
  assert.deepEqual(classifyNoiseLine('Volunteers fill sandbags near the river', 'caption'), {
    reason: 'caption',
    rule: 'markup-hint',
  });
  assert.equal(classifyNoiseLine('Advertisement', 'caption')?.reason, 'advertisement');
});
