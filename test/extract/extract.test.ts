import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractFromDocument, extractFromText, decodeCfEmail, guessLang } from '../../lib/extract';
import { prepareClone } from '../../lib/extract/01-clone';
import { readBlocks } from '../../lib/extract/03-blocks';

const page = (body: string, head = '<title>Privacy Policy</title>', lang = 'en'): Document =>
  new JSDOM(`<!DOCTYPE html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`, { url: 'https://example.com/privacy' }).window.document;

const POLICY = `
  <nav><a href="/">Home</a> <a href="/about">About</a></nav>
  <main><article>
    <h1>Privacy Policy</h1>
    <p>Last updated: May 1, 2020. This Privacy Policy explains how Acme Inc. collects, uses and shares personal information.</p>
    <h2>Information We Collect</h2>
    <p>We collect information you provide, e.g. your name and email address. We also collect device data automatically.</p>
    <ul><li>Contact details such as name and email</li><li>Usage data, i.e. pages you visit</li></ul>
    <h2>Your Rights</h2>
    <h3>California residents</h3>
    <p>You may request access to or deletion of your personal information. We do not sell personal information.</p>
    <h2>Contact Us</h2>
    <p>Email us at <a href="/cdn-cgi/l/email-protection#a4d4d6cdd2c5c7dde4c5c7c9c18ac7cbc9" class="__cf_email__">[email&#160;protected]</a> or
       <span class="__cf_email__" data-cfemail="a4d4d6cdd2c5c7dde4c5c7c9c18ac7cbc9">[email&#160;protected]</span>.</p>
  </article></main>
  <footer>© Acme</footer>`;

describe('extractFromDocument', () => {
  it('keeps headings with their level, list items and sections with heading paths', () => {
    const x = extractFromDocument(page(POLICY), 'https://example.com/privacy');
    expect(x.method).not.toBe('none');
    const headings = x.blocks.filter((b) => b.kind === 'heading').map((b) => [b.level, b.text]);
    expect(headings).toContainEqual([2, 'Information We Collect']);
    expect(headings).toContainEqual([3, 'California residents']);
    expect(x.blocks.filter((b) => b.kind === 'list-item').map((b) => b.text)).toEqual(['Contact details such as name and email', 'Usage data, i.e. pages you visit']);
    const california = x.sections.find((s) => s.heading === 'California residents')!;
    expect(california.headingPath.slice(-2)).toEqual(['Your Rights', 'California residents']);
    const texts = california.sentences.map((id) => x.sentences[id]!.text);
    expect(texts).toContain('We do not sell personal information.');
    expect(x.sentences.find((s) => s.text.startsWith('Contact details'))?.isListItem).toBe(true);
  });

  it('decodes Cloudflare email obfuscation in links and data-cfemail elements', () => {
    const x = extractFromDocument(page(POLICY), 'https://example.com/privacy');
    const contact = x.sentences.find((s) => s.text.startsWith('Email us'))!;
    expect(contact.text).toBe('Email us at privacy@acme.com or privacy@acme.com.');
  });

  it('gives selectors that find each sentence in the ORIGINAL document', () => {
    const doc = page(POLICY);
    const x = extractFromDocument(doc, 'https://example.com/privacy');
    for (const s of x.sentences) {
      expect(s.locator.selector, s.text).not.toBeNull();
      const el = doc.querySelector(s.locator.selector!);
      expect(el, `${s.locator.selector} must exist`).not.toBeNull();
      // The original page still has the obfuscated email: compare the words before it.
      const probe = s.text.split(/privacy@acme\.com/)[0]!.slice(0, 25).trim();
      expect((el!.textContent ?? '').replace(/\s+/g, ' '), `selector of "${s.text}"`).toContain(probe);
    }
  });

  it('never modifies the live document', () => {
    const doc = page(POLICY);
    const before = doc.documentElement.outerHTML;
    extractFromDocument(doc, 'https://example.com/privacy');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('reads a copy with the page URL, doctype and <head>, without scripts or styles, whose nodes are not the page', () => {
    const doc = page(`<script>var x = 1;</script><style>p { color: red }</style>${POLICY}<noscript>Enable JS</noscript>`, '<title>Privacy Policy</title><style>body { margin: 0 }</style><base href="https://example.com/legal/">');
    const prepared = prepareClone(doc)!;
    const copy = prepared.doc;
    expect(copy).not.toBe(doc);
    expect(copy.URL).toBe('https://example.com/privacy');
    expect(copy.baseURI).toBe('https://example.com/legal/');
    expect(copy.doctype?.name).toBe('html');
    expect(copy.title).toBe('Privacy Policy');
    expect(copy.querySelectorAll('script, style, noscript').length).toBe(0);
    expect(doc.querySelectorAll('script, style, noscript').length).toBe(4);
    expect(copy.body.contains(doc.querySelector('h1'))).toBe(false);
    expect(copy.querySelector('h1')?.ownerDocument).toBe(copy);
    // Selectors are paths in the original page, counted before the scripts were dropped from the copy.
    const h1Selector = prepared.selectors.get(copy.querySelector('h1')!.firstChild!)!;
    expect(doc.querySelector(h1Selector)).toBe(doc.querySelector('h1'));
  });

  it('falls back to the body when Readability keeps too little of a list-heavy page', () => {
    const items = Array.from({ length: 60 }, (_, i) => `<li>We may collect category ${i + 1} of personal information from you</li>`).join('');
    const doc = page(`<div><h1>Privacy</h1><p>Short intro about this privacy notice for you.</p></div><div><ul>${items}</ul></div>`);
    const x = extractFromDocument(doc, '');
    expect(x.blocks.filter((b) => b.kind === 'list-item').length).toBe(60);
  });

  it.each([
    ['an empty document', () => new JSDOM('').window.document],
    ['a document without body text', () => page('')],
    ['a document with only scripts', () => page('<script>var a = "We collect";</script><style>p{}</style>')],
    ['binary garbage', () => new JSDOM('\u0000\u0001\u0002\uFFFD\u0007 \u0000').window.document],
  ])('returns method "none" and no sentences for %s', (_name, make) => {
    const x = extractFromDocument(make(), '');
    expect(x.method).toBe('none');
    expect(x.sentences).toEqual([]);
  });

  it('does not throw on a document whose body was removed', () => {
    const doc = page('<p>text</p>');
    doc.documentElement.removeChild(doc.body);
    expect(extractFromDocument(doc, '').method).toBe('none');
  });

  it('handles a huge page linearly', () => {
    const para = '<p>We collect your name, e.g. when you register. We use it to provide the service to you.</p>';
    const doc = page(`<h1>Privacy Policy</h1>${para.repeat(3000)}`);
    const t0 = performance.now();
    const x = extractFromDocument(doc, '');
    expect(x.sentences.filter((s) => !s.isHeading).length).toBe(6000);
    expect(performance.now() - t0).toBeLessThan(10_000);
  });

  it('reads the declared language, and trusts the text when it clearly contradicts it', () => {
    const german = '<p>Wir verarbeiten Ihre personenbezogenen Daten nur, wenn dies für die Bereitstellung der Website erforderlich ist und Sie eingewilligt haben. Die Daten werden nicht an Dritte weitergegeben und nach Zweckfortfall gelöscht.</p>';
    expect(extractFromDocument(page(german, '<title>Datenschutz</title>', 'de-DE'), '').lang).toBe('de');
    const mislabeled = extractFromDocument(page(german, '<title>Datenschutz</title>', 'en'), '');
    expect(mislabeled.lang).toBe('de');
    expect(mislabeled.langContradicted).toBe(true);
  });
});

describe('extractFromText', () => {
  it('reads Markdown headings, lists and paragraphs', () => {
    const md = '# Privacy Policy\n\nWe collect **personal data** when you [sign up](https://x.com).\n\n## Your rights\n\n- Access your data\n- Delete your data\n1. Object to processing\n\nContact us at privacy@x.com.';
    const x = extractFromText(md, { title: '', url: '', format: 'md' });
    expect(x.method).toBe('text');
    expect(x.title).toBe('Privacy Policy');
    expect(x.sections.map((s) => s.heading)).toEqual(['Privacy Policy', 'Your rights']);
    expect(x.sentences.filter((s) => s.isListItem).map((s) => s.text)).toEqual(['Access your data', 'Delete your data', 'Object to processing']);
    expect(x.sentences.map((s) => s.text)).toContain('We collect personal data when you sign up.');
  });

  it('reads plain text: blank-line paragraphs, short unpunctuated lines as headings, hard-wrapped lines joined', () => {
    const txt = 'PRIVACY POLICY\n\nInformation We Collect\n\nWe collect your name and\nemail address when you register. We use it to\nsend you updates.\n\n• Your name\n• Your email\n\nContact Us\nWrite to privacy@example.com.';
    const x = extractFromText(txt, { title: 'Example', url: '', format: 'txt' });
    expect(x.sections.map((s) => s.heading)).toEqual(['PRIVACY POLICY', 'Information We Collect', 'Contact Us']);
    expect(x.sentences.map((s) => s.text)).toContain('We collect your name and email address when you register.');
    expect(x.sentences.filter((s) => s.isListItem).map((s) => s.text)).toEqual(['Your name', 'Your email']);
  });

  it('gives "und" and no sentences for empty or binary input', () => {
    for (const input of ['', '   \n\n', '\u0000\u0000\u0000']) {
      const x = extractFromText(input, { title: '', url: '', format: 'txt' });
      expect(x.method).toBe('none');
      expect(x.sentences).toEqual([]);
      expect(x.lang).toBe('und');
    }
  });
});

describe('helpers', () => {
  it('decodes data-cfemail hex and rejects garbage', () => {
    expect(decodeCfEmail('a4d4d6cdd2c5c7dde4c5c7c9c18ac7cbc9')).toBe('privacy@acme.com');
    expect(decodeCfEmail('zz')).toBe('');
    expect(decodeCfEmail('a4d4')).toBe('');
  });

  it.each([
    ['We collect your personal information and we share it with the partners that are listed in this policy.', 'en'],
    ['Nous collectons vos données personnelles pour les finalités décrites dans la présente politique et nous ne les vendons pas.', 'fr'],
    ['Recopilamos sus datos personales para los fines descritos en esta política y no los vendemos a terceros con los que trabajamos.', 'es'],
    ['Wij verzamelen uw persoonsgegevens voor de doeleinden die in deze verklaring worden beschreven en wij verkopen ze niet.', 'nl'],
    ['Too short.', 'und'],
  ])('guesses the language of %j', (text, lang) => {
    expect(guessLang([text]).lang).toBe(lang);
  });
});

describe('guessLang by script', () => {
  it.each([
    ['これは日本語の文章です。個人情報の取り扱いについて説明します。当社はお客様の個人情報を適切に管理し、第三者に提供することはありません。', 'ja'],
    ['我们非常重视您的隐私。本隐私政策说明我们如何收集、使用和共享您的个人信息，以及您享有的权利和选择方式。', 'zh'],
    ['Мы собираем персональные данные только с вашего согласия и не передаем их третьим лицам без законных оснований.', 'ru'],
    ['Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip.', 'la'],
  ])('guesses %j', (text, lang) => {
    expect(guessLang([text]).lang).toBe(lang);
  });
});

describe('guessLang after a menu of languages', () => {
  // The first lines of a Moodle site's privacy notice (ToS;DR documents, mondosol): its language picker lists ~190 languages
  // with their codes ('(de)', '(en)', '(nl)', ...), which are also stopwords, before the English text.
  const MENU = 'English - United States ‎(en_us)‎ አማርኛ ‎(am)‎ Afaan Oromoo ‎(om)‎ Afrikaans ‎(af)‎ Aragonés ‎(an)‎ Aranés ‎(oc_es)‎ Asturianu ‎(ast)‎ Azərbaycanca ‎(az)‎ Bahasa Melayu ‎(ms)‎ Bairisch ‎(bar)‎ Bamanankan ‎(bm)‎ Bislama ‎(bi)‎ Bosanski ‎(bs)‎ Breizh ‎(br)‎ Català ‎(ca)‎ Català (Valencià) ‎(ca_valencia)‎ Català per a Workplace ‎(ca_wp)‎ Čeština ‎(cs)‎ Crnogorski ‎(mis)‎ Cymraeg ‎(cy)‎ Dansk ‎(da)‎ Dansk (kursus) ‎(da_kursus)‎ Dansk Rum ‎(da_rum)‎ Davvisámegiella ‎(se)‎ Deutsch - Du ‎(de_du)‎ Deutsch - Kids ‎(de_kids)‎ Deutsch - Schweiz ‎(de_ch)‎ Deutsch ‎(de_wp)‎ Deutsch ‎(de)‎ Deutsch community ‎(de_comm)‎ Dolnoserbski ‎(dsb)‎ Ebon ‎(mh)‎ eesti ‎(et)‎ English - Pirate ‎(en_ar)‎ English - United States ‎(en_us)‎ English ‎(en)‎ English for kids ‎(en_kids)‎ English for Workplace - United States ‎(en_us_wp)‎ English for Workplace ‎(en_wp)‎ English US - K12 ‎(en_us_k12)‎ Español - Colombia ‎(es_co)‎ Español - Internacional ‎(es)‎ Español - México ‎(es_mx)‎ Español - México para niños ‎(es_mx_kids)‎ Español - Venezuela ‎(es_ve)‎ Español para la Empresa ‎(es_wp)‎ Esperanto ‎(eo)‎ Euskara ‎(eu)‎ Èʋegbe ‎(ee)‎ Filipino ‎(fil)‎ Finlandssvenska ‎(sv_fi)‎ Føroyskt ‎(fo)‎ Français - Canada ‎(fr_ca)‎ Français (écriture inclusive) ‎(fr_incl)‎ Français ‎(fr)‎ Français pour Workplace ‎(fr_wp)‎ Gaeilge ‎(ga)‎ Gàidhlig ‎(gd)‎ Galego ‎(gl)‎ Gascon ‎(oc_gsc)‎ Hausa ‎(ha)‎ Hrvatski ‎(hr_schools)‎ Hrvatski ‎(hr)‎ ʻŌlelo Hawaiʻi ‎(haw)‎ Igbo ‎(ig)‎ Indonesian ‎(id)‎ isiZulu ‎(zu)‎ Íslenska ‎(is)‎ Italiano ‎(it)‎ Italiano per Workplace ‎(it_wp)‎ Japanese - kids ‎(ja_kids)‎ Kalaallisut ‎(kl)‎ Kinyarwanda ‎(rw)‎ Kiswahili ‎(sw)‎ Kreyòl Ayisyen ‎(hat)‎ Kurmanji ‎(kmr)‎ Kvääni ‎(fkv)‎ Laotian ‎(lo)‎ Latin ‎(la)‎ Latviešu ‎(lv)‎ Lengadocian ‎(oc_lnc)‎ Lëtzebuergesch ‎(lb)‎ Lietuvių ‎(lt)‎ Lithuanian (university) ‎(lt_uni)‎ Lulesamisk ‎(smj)‎ magyar ‎(hu)‎ Malagasy ‎(mg)‎ Māori - Tainui ‎(mi_tn)‎ Māori - Waikato ‎(mi_wwow)‎ Māori (Te Reo) ‎(mi)‎ Mapudungún ‎(arn)‎ Mirandés ‎(mwl)‎ Mongolian ‎(mn_mong)‎ Nederlands ‎(nl)‎ Nederlands Workplace ‎(nl_wp)‎ Norsk - bokmål ‎(no)‎ Norsk - nynorsk ‎(nn)‎ Norsk ‎(no_gr)‎ Norsk bokmål ‎(nb)‎ Norsk Workplace ‎(no_wp)‎ O\'zbekcha ‎(uz)‎ Pidgin ‎(pcm)‎ Polski ‎(pl)‎ Português - Brasil ‎(pt_br)‎ Português - Portugal ‎(pt)‎ Português para Workplace ‎(pt_br_wp)‎ Qaraqalpaq tili ‎(kaa)‎ Română ‎(ro)‎ Romansh Sursilvan ‎(rm_surs)‎ Samoan ‎(sm)‎ Setswana ‎(tn)‎ Shqip ‎(sq)‎ Sicilianu ‎(scn)‎ Slovenčina ‎(sk)‎ Slovenščina ‎(sl)‎ Soomaali ‎(so)‎ Sørsamisk ‎(sma)‎ Srpski ‎(sr_lt)‎ Suomi ‎(fi)‎ Suomi+ ‎(fi_co)‎ Svenska ‎(sv)‎ Tagalog ‎(tl)‎ Tamil ‎(ta)‎ Taqbaylit ‎(kab)‎ Thai ‎(th)‎ Tok Pisin ‎(tpi)‎ Tongan ‎(to)‎ Türkçe ‎(tr)‎ Turkmen ‎(tk)‎ Uyghur - latin ‎(ug_lt)‎ VakaViti ‎(fj)‎ Valencià_RACV ‎(ca_valencia_racv)‎ Vietnamese ‎(vi)‎ Wolof ‎(wo)‎ Workplace în limba română ‎(ro_wp)‎ Workplace 简体中文版 ‎(zh_cn_wp)‎ Workplace 繁體中文版 ‎(zh_tw_wp)‎ Workplace準拠の日本語 ‎(ja_wp)‎ Ελληνικά ‎(el)‎ Ελληνικά για παιδιά ‎(el_kids)‎ Ελληνικά για σχολές ‎(el_uni)‎ Ελληνικά για Χώρους Εργασίας ‎(el_wp)‎ Башҡорт теле ‎(ba)‎ Беларуская ‎(be)‎ Български ‎(bg)‎ Кыргызча ‎(ky)‎ Қазақша ‎(kk)‎ Македонски ‎(mk)‎ Монгол ‎(mn)‎ Русский ‎(ru)‎ Српски ‎(sr_cr)‎ татар теле ‎(tt)‎ Тоҷикӣ ‎(tg)‎ Українська ‎(uk)‎ ქართული ‎(ka)‎ Հայերեն ‎(hy)‎ עברית ‎(he)‎ עברית בתי־ספר ‎(he_kids)‎ עברית עבור Workplace ‎(he_wp)‎ ئۇيغۇرچە ‎(ug_ug)‎ اردو ‎(ur)‎ بالعربي workplace ‎(ar_wp)‎ پښتو ‎(ps)‎ دری ‎(prs)‎ سنڌي‎ ‎(sd_ap)‎ سۆرانی ‎(ckb)‎ عربي ‎(ar)‎ فارسی ‎(fa)‎ ދިވެހި ‎(dv)‎ ⵜⴰⵎⴰⵣⵉⵖⵜ ‎(zgh)‎ ትግርኛ ‎(ti)‎ नेपाली ‎(ne)‎ बच्चों के लिए हिंदी ‎(hi_kids)‎ मराठी ‎(mr)‎ वर्कप्लेस के लिए हिंदी ‎(hi_wp)‎ हिंदी ‎(hi)‎ বাংলা ‎(bn)‎ ਪੰਜਾਬੀ ‎(pan)‎ ગુજરાતી ‎(gu)‎ ଓଡ଼ିଆ ‎(or)‎ தமிழ் ‎(ta_lk)‎ తెలుగు ‎(te)‎ ಕನ್ನಡ ‎(kn)‎ മലയാളം ‎(ml)‎ සිංහල ‎(si)‎ བོད་ཡིག ‎(xct)‎ རྫོང་ཁ ‎(dz)‎ ဗမာစာ ‎(my)‎ ខ្មែរ ‎(km)‎ 한국어 ‎(ko)‎ 日本語 ‎(ja)‎ 正體中文 ‎(zh_tw)‎ 简体中文 ‎(zh_cn)‎';
  const TEXT = [
    'You are not logged in.',
    '(Log in)',
    'Home',
    'Mondosol Academy',
    'Home',
    'Policies and agreements',
    'MoodleCloud policy',
    'MoodleCloud policy Privacy Notice',
    'Last updated 7 Oct 2019',
    'This Privacy Notice tells you how we, Moodle Pty Ltd, will collect and use your personal data to provide our service which allows educators, of any kind, to create a private space online, filled with tools that easily create courses and activities, all optimized for collaborative learning.',
    'The Moodle software is free and open source, and may be hosted by Moodle Pty Ltd, but also by anyone who wishes to manage an installation.',
    'This notice will tell you how Moodle Pty Ltd uses your data, but if the site you are using isn’t hosted by Moodle Pty Ltd, then your data controller will have added their own specific information to it as well, on how your data is used by them.',
    'Who are we?',
    'Moodle Pty Ltd is a software company which allows educators, of any kind, to create a private space online, filled with tools that easily create courses and activities, all optimized for collaborative learning.',
    'The Moodle software is open source, and may be hosted by Moodle Pty Ltd, but also by anyone who wishes to manage an installation.',
    'What’s covered by this Privacy Notice?',
    'Under the EU’s General Data Protection Regulation (GDPR) personal data is defined as: “any information relating to an identified or identifiable natural person (‘data subject’). an identifiable natural person is one who can be identified, directly or indirectly, in particular by reference to an identifier such as a name, an identification number, location data, an online identifier or to one or more factors specific to the physical, physiological, genetic, mental, economic, cultural or social identity of that natural person”.',
    'All data subjects whose personal data is collected, in line with the requirements of the GDPR.',
    'where Moodle Pty Ltd is hosting a website on its own behalf, it is the Data Controller for all the data collected.',
    'Where Moodle Pty Ltd is hosting someone else’s installation of the Moodle Platform (as with MoodleCloud) it is the Data Processor for the site admin for that installation.',
    'when Moodle Pty Ltd is not hosting an installation of the software platform, it is neither the Data Controller nor the Data Processor and those duties fall on the people or organizations who have installed and are hosting those installations.',
    'Why does Moodle Pty Ltd need to collect and store personal data?',
    'In order for Moodle Pty Ltd to provide you with MoodleCloud and other Moodle hosted websites we need to collect personal data for correspondence purposes and/or to allow us to provide you our service(s).',
    'We are committed to ensuring that the information we collect and use is appropriate for this purpose.',
    'Moodle Pty Ltd is a company which values its users’ data protection and privacy rights and we have no interest in collecting data beyond what we need to make our service(s) work for you.',
    'If you are going to be contacted by us for marketing purposes, we will not rely solely on this notice, but will always seek an additional confirmation from you that it’s ok to do that.',
    'In general we collect personal data relating to you for specific purposes, with the nature of the data collected depending on your interaction with Moodle Pty Ltd.',
    'We are committed to transparency in this and have provided a very detailed breakdown of these processes in Annex 1 of this Privacy Notice.',
    'Our legal basis for the processing of personal data are:',
    'Article 6.1(a), GDPR, Consent',
    'Article 6.1(b), GDPR, Contract',
    'Article 6.1(f), GDPR, Legitimate Interest',
    'Any legitimate interests pursued by us, or third parties we use, are as follows:',
    'recruitment and Induction of new Candidates',
    'emergency Contacts for people who work with us, such as employees and contractors for health and safety purposes.',
    'business Development',
    'providing login systems to users via their existing social media accounts',
    'The special categories of personal data concerned are:',
  ];
  it('votes on the text after the menu when the menu leaves the vote unclear', () => {
    expect(guessLang(['Skip to main content Side panel Mondemy', MENU, ...TEXT]).lang).toBe('en');
  });
});

describe('block links', () => {
  const LINKS = `
    <nav><a href="/contact">Contact</a></nav>
    <main><article>
      <h1>Privacy Policy</h1>
      <p>${'We use the information we collect to provide, maintain and improve our services. '.repeat(12)}</p>
      <h2>Contact <a href="mailto:dpo@acme.com">our DPO</a></h2>
      <p>Please <a href="mailto:Privacy%40Acme.com?subject=Hi">email our privacy team</a>, <a href="/contact?subject=privacy">contact us</a>
         or <a href="https://privacyportal.onetrust.com/webform/abc">submit a request</a>.
         <a href="javascript:void(0)">Open the form</a>, <a href="#top">back to top</a>, <a href="tel:+18005550199">call us</a>
         or <a href="ftp://acme.com/x">download</a>.</p>
      <p>Written without links.</p>
    </article></main>`;
  const expected = [
    { text: 'email our privacy team', href: 'mailto:Privacy%40Acme.com?subject=Hi' },
    { text: 'contact us', href: 'https://example.com/contact?subject=privacy' },
    { text: 'submit a request', href: 'https://privacyportal.onetrust.com/webform/abc' },
  ];

  it('keeps mailto: and http(s) links with absolute hrefs, never javascript:, tel: or in-page anchors (Readability path)', () => {
    const x = extractFromDocument(page(LINKS), 'https://example.com/privacy');
    expect(x.method).toBe('readability');
    const para = x.blocks.find((b) => b.text.startsWith('Please email'))!;
    expect(para.links, 'the links of the paragraph, in order').toEqual(expected);
    expect(x.blocks.find((b) => b.text === 'Contact our DPO')?.links, 'a heading keeps its link').toEqual([{ text: 'our DPO', href: 'mailto:dpo@acme.com' }]);
    expect(x.blocks.find((b) => b.text === 'Written without links.'), 'blocks without links have no field').not.toHaveProperty('links');
  });

  it('keeps the same links in the body walk, and none from the skipped navigation', () => {
    const prepared = prepareClone(page(LINKS))!;
    const blocks = readBlocks(prepared.doc.body, 'body', prepared.selectors);
    expect(blocks.find((b) => b.text.startsWith('Please email'))?.links).toEqual(expected);
    expect(blocks.flatMap((b) => b.links ?? []).map((l) => l.text)).not.toContain('Contact');
  });

  it('reads a short table row as one row, and keeps the cells of a long (layout) row apart', () => {
    // The shape of the U.S. banks' "FACTS" privacy notice: a header cell, then a cell of several sentences.
    const long = 'Financial companies choose how they share your personal information. Federal law gives consumers the right to limit some but not all sharing. '.repeat(3);
    const prepared = prepareClone(page(`<table><tr><th>Why?</th><td>${long}</td></tr><tr><td>For nonaffiliates to market to you</td><td>Yes</td><td>Yes</td></tr><tr><th>To limit our sharing</th><td>Call 1-800-555-0199. ${long}</td></tr></table>`))!;
    const texts = readBlocks(prepared.doc.body, 'body', prepared.selectors).map((b) => b.text);
    expect(texts).toContain('For nonaffiliates to market to you | Yes | Yes');
    expect(texts).toContain('Why?');
    expect(texts).toContain('To limit our sharing');
    expect(texts.some((t) => t.startsWith('Financial companies choose')), 'the long cell is a block of its own, not glued to "Why?"').toBe(true);
  });

  it('resolves relative links against a <base href> in either walk', () => {
    const doc = page(LINKS, '<title>Privacy Policy</title><base href="https://acme.com/legal/">');
    const prepared = prepareClone(doc)!;
    const href = (blocks: { text: string; links?: { href: string }[] }[]) => blocks.find((b) => b.text.startsWith('Please email'))?.links?.[1]?.href;
    expect(href(readBlocks(prepared.doc.body, 'body', prepared.selectors))).toBe('https://acme.com/contact?subject=privacy');
    expect(href(extractFromDocument(doc, 'https://example.com/privacy').blocks)).toBe('https://acme.com/contact?subject=privacy');
  });

  it('gives the decoded address of a Cloudflare-protected link', () => {
    const x = extractFromDocument(page(POLICY), 'https://example.com/privacy');
    expect(x.blocks.find((b) => b.text.startsWith('Email us'))?.links).toEqual([{ text: 'privacy@acme.com', href: 'mailto:privacy@acme.com' }]);
  });

  it('finds no links in plain text', () => {
    expect(extractFromText('Email privacy@acme.com or see https://acme.com/contact.', { title: '', url: '', format: 'txt' }).blocks.some((b) => b.links)).toBe(false);
  });
});
