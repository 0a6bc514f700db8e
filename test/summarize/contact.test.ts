import { describe, expect, it } from 'vitest';
import { findContact } from '../../lib/summarize/contact';
import { policyOf } from './policy';
import { extractFromDocument, extractFromText } from '../../lib/extract';
import { JSDOM } from 'jsdom';

describe('contact: emails', () => {
  it.each([
    // OPP-115 20_theatlantic (dev): "(at)" and "(dot)".
    ['If you do not want your name and address to be shared for these purposes, you can opt-out of such sharing by e-mailing us at techtrouble(at)theatlantic(dot)com, or calling or writing us at the contact information provided.', ['techtrouble@theatlantic.com']],
    // ToS;DR Pinterest: "[at]" with no domain suffix is not an address.
    ['For more information about these rights, please contact us at privacy-support [at] pinterest.', []],
    ['Questions? Write to privacy [at] example-shop [dot] com.', ['privacy@example-shop.com']],
    ['Please email Privacy@Lead411.com with any questions.', ['privacy@lead411.com']],
    ['Contact our privacy team at privacy at fineprint dot org.', ['privacy@fineprint.org']],
    // ToS;DR Hive Micro: two lines glued by the page's markup are two addresses.
    ['support@thehive.aisales@thehive.ai', ['support@thehive.ai', 'sales@thehive.ai']],
    // ToS;DR CamScanner: the next sentence glued after the address.
    ['You can contact our Data Protection Officer via email at support@camscanner.com.You may visit Security & Protection.', ['support@camscanner.com']],
    // C3PA DB/146 (Webbula): a phone, the address, then the site's "Log in" link with no space between.
    ['888.993.2285 contact@webbula.comLog in', ['contact@webbula.com']],
    // ToS;DR Blizzard: a privacy seal program's address, given for unresolved complaints, is not the organization's.
    ['If you believe that we have not responded to your inquiry or your inquiry has not been satisfactorily addressed, please contact ESRB Privacy Certified at http://www.esrb.org/privacy/contact.aspx, email privacy@esrb.org, attention: Vice President.', []],
    // ...even when the page breaks the sentence before the address (ToS;DR Wizards of the Coast).
    ['ESRB: For complaints, you can also contact ESRB Privacy at ESRB Attn: Privacy Certified Program, 420 Lexington Avenue,\n\nSuite 2240 New York, New York 10170, by email at privacy@esrb.org, or directly through their consumer hotline.', []],
    // ToS;DR WebMD: the organization's own address right after the seal program's link is kept.
    ['If you have an unresolved privacy or data use concern that we have not addressed satisfactorily, please contact our U.S.-based third party dispute resolution provider (free of charge) at https://feedback-form.truste.com/watchdog/request.\n\nWebMD users from the EEA may also contact our Data Protection Officer at DPO@webmd.net.', ['dpo@webmd.net']],
    // The full-width at sign, used against address harvesters (eleventh round: current pages; constructed rows).
    // Nineteenth round. ToS;DR AgraGPS: an address written backwards, which the page's CSS shows forwards (WordPress's
    // Complianz plugin); a forwards address that starts like one ("moc.") is left as it is.
    ['Website: https://www.agra-gps.com Email: moc.spgarga@lepuehj Phone number: +1 7809904052', ['jheupel@agragps.com']],
    ['Write to moc.dnalkcab@ycavirp.', ['privacy@backland.com']],
    ['Write to moc.dnalkcab@ycavirp.net for help.', ['moc.dnalkcab@ycavirp.net']],
    ['Email: privacy＠acmecorp.com', ['privacy@acmecorp.com']],
    ['Contact privacy﹫acmecorp.com for help.', ['privacy@acmecorp.com']],
    // ToS;DR Listia: spaces around the sign.
    ['We can be reached via email at (admin @ listia.com) or via this request form.', ['admin@listia.com']],
    // ToS;DR Clockify: a placeholder shape, not an address of anyone.
    ['The rules also apply to all personal data relating to natural persons in the course of professional activity, such as the employees of a company or organization, business e-mail addresses like "firstname.surname@company.com".', []],
    // ToS;DR SendGrid: the Irish regulator's address, given for complaints, is not the organization's.
    ['Irish Data Protection Commissioner Phone: +353 57 868 4757 Email: info@dataprotection.ie', []],
    // Seventeenth round. ToS;DR MeMail: "e.g." before the means ("by email to"), not before an example address.
    ['The granting of the consent necessary to receive the Newsletter is voluntary and can be withdrawn by way of a simple declaration at any time with effect for the future (e.g. by email to privacy@memail.com).', ['privacy@memail.com']],
    ['For example, a hashed version of jane@email.com would be k5f7g23@email.com.', []],
    // ToS;DR Yakka: the page's own copyright notice in its footer is not a DMCA agent's block.
    ['hello@theyakka.com @yakkallc © Copyright 2018 Yakka, LLC.', ['hello@theyakka.com']],
    ['Copyright Agent: info@mypatriotprovisions.com', []],
    // Twentieth round. ToS;DR CouchSurfing: GDPR's complaint wording ("place of the alleged infringement", "infringes on the
    // Global Data Protection Regulation") in the same paragraph as the DPO's address is no copyright agent's.
    ['You can reach our Data Protection Officer at dpo@couchsurfing.com. You have a right to lodge a complaint with a supervisory authority, in particular in the Member State of your habitual residence, place of work or place of the alleged infringement, if you believe that the processing of your personal data infringes on the Global Data Protection Regulation.', ['dpo@couchsurfing.com']],
    ['If you believe your copyright is infringed, write to copyright@agent-example.com.', []],
  ])('"%s" → %j', (sentence, emails) => {
    expect(findContact(policyOf(sentence)).emails, 'emails are lowercased and decoded').toEqual(emails);
  });

  it("ignores the vendors' contacts in a table whose column names the third parties (ToS;DR Tripadvisor)", () => {
    const p = policyOf(
      '## Information Sharing and International Transfers',
      'To efficiently provide our services to you, we have delegated certain processing functions as described below to the third-parties listed below.',
      '### Third Party Details', '### Purpose and Use', '### Shared/Transferred Personal Data', '### Retention period',
      'Zendesk, Inc.', 'USA', 'Zendesk’s European Representative:', '55 Charlemont Place, Saint Kevin’s, Dublin, D02 F985 Ireland', 'privacy@zendesk.com',
      '## Contact', 'Email privacy@shop-example.com.',
    );
    expect(findContact(p).emails).toEqual(['privacy@shop-example.com']);
    expect(findContact(p).postal).toEqual([]);
  });

  it("ignores a DMCA agent's address", () => {
    const p = policyOf('## Copyright Infringement', 'Notices of claimed infringement should be sent to our designated agent at dmca@lawfirm-example.com.', '## Contact', 'Email privacy@shop-example.com.');
    expect(findContact(p).emails).toEqual(['privacy@shop-example.com']);
  });
});

describe('contact: phones, postal addresses, request URLs', () => {
  it.each([
    ['Call us toll-free at 1-800-555-0199.', ['1-800-555-0199']],
    ['You can reach our office at (555) 123-4567 during business hours.', ['(555) 123-4567']],
    ['Our UK office: telephone +44 20 7946 0958.', ['+44 20 7946 0958']],
    // An extension set off by a spaced dash is part of the number, not cut off before it.
    ['Tel: +49 (0) 40 99999 - 3430', ['+49 (0) 40 99999 - 3430']], // ToS;DR IFTTT (its EU representative's line)
    // ToS;DR Amnesty International: a space after the plus sign.
    ['By telephone: + 44 (0) 20 7413 5500', ['+44 (0) 20 7413 5500']],
    // A German switchboard's final "0" after a space or dash is part of the number (eleventh round: a current German
    // policy; ToS;DR Hetzner terms, Planio).
    ['Tel.: +49 (0) 391 727 763 0', ['+49 (0) 391 727 763 0']],
    ['Tel.: +49 (0)9831 505-0', ['+49 (0)9831 505-0']],
    // An Australian or UK area code in parentheses (eleventh round: current Australian policies; constructed rows).
    ['Tel: (03) 9123 4567', ['(03) 9123 4567']],
    ['Phone: (020) 7946 0958', ['(020) 7946 0958']],
    ['See page (03) 1234 5678', []],
    // An Indian mobile written 5-5 after +91 is read whole, not cut a digit short (fourteenth round: constructed from
    // current Indian policies' grievance-officer lines).
    ['Grievance Officer, phone: +91-98765-43210', ['+91-98765-43210']],
    // Australian and Irish 1300/1800 numbers (fourteenth round; C3PA DB/108, Getty Images' Irish line); not inside a longer number.
    ['You can contact them by emailing privacy@gettyimages.com or by phone at 1800 931 768, or by postal mail.', ['1800 931 768']],
    ['Call 0800 123 4567 (UK freephone) or 1300 123 456 (Australia).', ['0800 123 4567', '1300 123 456']],
    ['Our ABN is 1300 123 456 789.', []],
    // Fifteenth round: a French number in pairs has no run of three digits, which the block pre-filter looked for (ToS;DR
    // Deezer terms); a UK "Freephone" line; a Japanese or Korean city number 0X-XXXX-XXXX (ToS;DR Tripadvisor's
    // representative in Korea).
    ['Phone number: +33 (0)1 55 80 69 00', ['+33 (0)1 55 80 69 00']],
    ['Freephone: 0800 123 4567.', ['0800 123 4567']],
    ['Tel: 02-6956-6311', ['02-6956-6311']],
    ['The event ran from 03-2024-0001 to 04.', []],
    // Eighteenth round: any national grouping after a phone label and a colon (ToS;DR GMA Network, Philippines; BitDefender,
    // Romania), not twice when PHONE read part of it (ToS;DR Forge of Empires); vanity numbers, counted by their letters, and
    // one number when its dialable form is also given (ToS;DR Fur Affinity, OPP-115 453_barnesandnoble).
    ['Tel: (632) 8982-7711', ['(632) 8982-7711']],
    ['Bitdefender’s Data Protection Office – privacy@bitdefender.com, Phone: 4021 -206.34.70', ['4021 -206.34.70']],
    ['Phone: +49 40 7889335-0', ['+49 40 7889335-0']],
    ['Version: 2019.06.01.1234', []],
    ['If at any time you wish to cancel your Zipcar membership, call us at 1-866-4ZIPCAR.', ['1-866-4ZIPCAR']],
    ['Call 1-877-395-IMVU (1-877-395-4688) for help.', ['1-877-395-4688']],
    ['Call 1-877-395-4688 or 1-877-395-IMVU.', ['1-877-395-4688']],

    // Thirty-first round: a fax number after "by facsimile transmission to" (ToS;DR Hetzner), a regulation's section
    // number cited (ToS;DR Microsoft Services' terms), the same number after "at" alone still read.
    ['Any notice may be given (i) by facsimile transmission to +49 (0)9831 505-3. or', []],
    ['Use, duplication, or disclosure by the U.S. Government is subject to restrictions as set forth in subparagraph (c)(1)(ii) of the Rights in Technical Data and Computer Software clause at DFARS 252.227-7013 or subparagraphs (c)(1) and (2) of the Commercial Computer Software - Restricted Rights at 48 CFR 52.227-19, as applicable.', []],
    ['Our office can be reached at 252.227-7013 during working hours.', ['252.227-7013']],

    // Not phones: dates, ZIP codes and years.
    ['This policy was last updated on 2019-06-01 and covers ZIP 10012.', []],
  ])('"%s" → phones %j', (sentence, phones) => {
    expect(findContact(policyOf(sentence)).phones).toEqual(phones);
  });

  it('reads a number alone on its line after a lead-in that asks to contact (ToS;DR Bible Study Fellowship)', () => {
    const c = findContact(policyOf('To ask questions, inquire about your rights, comment about this privacy policy and BSF’s privacy practices, or to make a complaint contact BSF at:', 'Bible Study Fellowship', '19001 Huebner Road', 'San Antonio, TX 78258', 'Privacy@bsfinternational.org', '210.492.4676'));
    expect(c.phones).toEqual(['210.492.4676']);
    expect(c.postal).toEqual(['19001 Huebner Road, San Antonio, TX 78258']);
    expect(findContact(policyOf('Version history', '210.492.4676')).phones, 'with no lead-in, a bare number stays unread').toEqual([]);
  });
  it('finds a US street address with ZIP', () => {
    const c = findContact(policyOf('Or by mail to Legal Department, 210 Elizabeth Street, Fourth Floor, New York, NY 10012.'));
    expect(c.postal).toEqual(['210 Elizabeth Street, Fourth Floor, New York, NY 10012']);
  });
  it('finds a US address whose number is written out (ToS;DR Blizzard)', () => {
    const c = findContact(policyOf('If you have questions or wish to file a complaint, please e-mail us at DPO@blizzard.com or send a letter addressed to Blizzard Entertainment, One Blizzard Way, Irvine, CA 92618-3616, Attention: Data Protection Officer.'));
    expect(c.postal).toEqual(['One Blizzard Way, Irvine, CA 92618-3616']);
  });
  it('reads a floor number written as an ordinal (ToS;DR Becovi) and a Dutch post-office box (ToS;DR Startpage)', () => {
    expect(findContact(policyOf('5TH Floor, Nova Atria North, Blackthorn Road, Sandyford Business Park, Sandyford, Dublin D18F5X2, Ireland')).postal).toEqual(['5TH Floor, Nova Atria North, Blackthorn Road, Sandyford Business Park, Sandyford, Dublin D18F5X2, Ireland']);
    expect(findContact(policyOf('Startpage is owned and operated by Startpage BV, Postbus 1079, 3700 BB Zeist, The Netherlands.')).postal).toEqual(['Postbus 1079, 3700 BB Zeist, The Netherlands']);
  });
  it('reads European, Australian and Canadian addresses (tenth round: a current UK policy gave no address; real rows from ToS;DR)', () => {
    // A street name fused with its street word, the number after it (ToS;DR Planio), and a Dutch postcode (Elasticsearch, one line per block).
    expect(findContact(policyOf('Planio GmbH, Rudolfstraße 14, 10245 Berlin, Germany')).postal).toEqual(['Rudolfstraße 14, 10245 Berlin, Germany']);
    expect(findContact(policyOf('Elasticsearch B.V.', 'Keizersgracht 281', '1016 ED Amsterdam')).postal).toEqual(['Keizersgracht 281, 1016 ED Amsterdam']);
    // A French street word after the number (BlaBlaCar), an Australian state and postcode (Moddb), a UK "Row" and "Unit" (Healthline, Printster terms).
    expect(findContact(policyOf('Comuto SA (whose registered office is at 84, avenue de la République, 75011 Paris, France) (“BlaBlaCar”, “we”, “our” or “us”), acting as data controller, is committed to protecting and respecting your privacy.')).postal).toEqual(['84, avenue de la République, 75011 Paris, France']);
    expect(findContact(policyOf('By post: DBolical Pty Ltd - 164 Kings Way, South Melbourne VIC 3205 Australia')).postal).toEqual(['164 Kings Way, South Melbourne VIC 3205 Australia']);
    expect(findContact(policyOf('Our registered office is Unit 5 Hemingway Centre, Brunel Way, Thornbury, Bristol, BS35 3UR.')).postal).toEqual(['5 Hemingway Centre, Brunel Way, Thornbury, Bristol, BS35 3UR']);
    expect(findContact(policyOf('Acme Inc., 123 Main Street, Toronto, ON M5V 2T6, Canada.')).postal).toEqual(['123 Main Street, Toronto, ON M5V 2T6, Canada']);
    // An Indian PIN code when India follows, after a "Level 8 & 9" line (eleventh round: a current UK/Indian policy;
    // ToS;DR KeyMessages and AWS).
    expect(findContact(policyOf('Ltd., based at, A-07, Saniya Heritage, Bibwewadi Kondhwa Road, Pune-411037, India.')).postal).toEqual(['Bibwewadi Kondhwa Road, Pune-411037, India']);
    expect(findContact(policyOf('Acme Private Limited, Level 8 & 9, Example Towers, Guindy, Chennai 600032, Tamil Nadu, India')).postal).toEqual(['Level 8 & 9, Example Towers, Guindy, Chennai 600032, Tamil Nadu, India']);
    expect(findContact(policyOf('Our order number is 600032 and ships from Chennai.')).postal, 'six digits alone are no PIN code').toEqual([]);
    // Twelfth round: Japanese, Brazilian and Korean addresses in English policies (ToS;DR Nexon, Riot Games; the others
    // constructed from current policies' shapes).
    expect(findContact(policyOf('Ark Hills South Tower 6F, 1-4-5 Roppongi, Minato-ku, Tokyo 106-0032')).postal).toEqual(['Ark Hills South Tower 6F, 1-4-5 Roppongi, Minato-ku, Tokyo 106-0032']);
    expect(findContact(policyOf('Acme Japan K.K., 1-2-3 Shibuya, Shibuya-ku, Tokyo 150-0002, Japan')).postal).toEqual(['1-2-3 Shibuya, Shibuya-ku, Tokyo 150-0002, Japan']);
    expect(findContact(policyOf('Acme Brasil Ltda., Av. Paulista, 1000 - Bela Vista, São Paulo - SP, 01310-100, Brazil')).postal).toEqual(['Av. Paulista, 1000 - Bela Vista, São Paulo - SP, 01310-100, Brazil']);
    expect(findContact(policyOf('Acme Brasil Ltda., Rua Funchal, 418, 35º andar, Vila Olímpia, São Paulo, SP, CEP 04551-060, Brasil')).postal).toEqual(['Rua Funchal, 418, 35º andar, Vila Olímpia, São Paulo, SP, CEP 04551-060, Brasil']);
    expect(findContact(policyOf('Acme Korea Inc., 14F, 123 Teheran-ro, Gangnam-gu, Seoul 06234, Republic of Korea')).postal).toEqual(['123 Teheran-ro, Gangnam-gu, Seoul 06234, Republic of Korea']);
    // Thirteenth round: Swedish, Singaporean and New Zealand postcodes (ToS;DR Flowplayer and likee; New Zealand's constructed).
    expect(findContact(policyOf('Flowplayer AB, Regeringsgatan 29, 5th Floor, 111 53 Stockholm, Sweden')).postal).toEqual(['Regeringsgatan 29, 5th Floor, 111 53 Stockholm, Sweden']);
    expect(findContact(policyOf('Bigo Technology Pte. Ltd., 130 Pasir Panjang Road #15-31A, Mapletree Business City, Singapore 117440')).postal).toEqual(['130 Pasir Panjang Road #15-31A, Mapletree Business City, Singapore 117440']);
    expect(findContact(policyOf('Acme Ltd, 1 Queen Street, Auckland 1010, New Zealand.')).postal).toEqual(['1 Queen Street, Auckland 1010, New Zealand']);
    // Fourteenth round: South African (POPIA) and Chinese (PIPL) addresses, constructed from current policies' shapes.
    expect(findContact(policyOf('Acme (Pty) Ltd, 27 Stiemens Street, Braamfontein, Johannesburg, 2001, South Africa')).postal).toEqual(['27 Stiemens Street, Braamfontein, Johannesburg, 2001, South Africa']);
    expect(findContact(policyOf('Shanghai Acme Information Technology Co., Ltd., Room 501, No. 88 Century Avenue, Pudong New District, Shanghai 200120, China')).postal).toEqual(['88 Century Avenue, Pudong New District, Shanghai 200120, China']);
    expect(findContact(policyOf('Beijing Acme Co., Ltd., No. 1 Zhongguancun East Road, Haidian District, Beijing 100190, P.R. China')).postal).toEqual(['1 Zhongguancun East Road, Haidian District, Beijing 100190, P.R. China']);
    // Fifteenth round: a U.S. street named "Loop" (constructed).
    expect(findContact(policyOf('Acme Inc., 1 Infinite Loop, Cupertino, California 95014, USA.')).postal).toEqual(['1 Infinite Loop, Cupertino, California 95014']);
    expect(findContact(policyOf('Our team of 2001 people in Johannesburg ships to 40 countries.')).postal, 'four digits without South Africa are no postcode').toEqual([]);
    expect(findContact(policyOf('We have 100 employees and 250 55 Street partners.')).postal, 'numbers before a street word are no Swedish postcode').toEqual([]);
    expect(findContact(policyOf('Call 1-800-555-1234 Monday to Friday, or visit our office in Tokyo 150-0002.')).postal, 'a phone number is no block number').toEqual([]);
    // Sixteenth round: Polish "ul." streets with their NN-NNN postcodes (ToS;DR GOG, cutt.ly), an abbreviation's period
    // inside an address (ToS;DR AWS India's "Unit Nos. 1401 to 1421"), Philippine, Indonesian, Turkish and Mexican
    // addresses, a Gulf P.O. box and a Hong Kong address without postcode (constructed from current policies' shapes).
    expect(findContact(policyOf('1.1 This Agreement is a contract between you and GOG sp. z o.o., ul. Jagiellońska 74, 03-301 Warsaw, Poland (we will further call ourselves “GOG”).')).postal).toEqual(['ul. Jagiellońska 74, 03-301 Warsaw, Poland']);
    expect(findContact(policyOf('Whose business address and the address for service is ul. Śląska 15A/9, 80-384 Gdańsk, tax identification number: (NIP/VAT-EU) PL7431817809.')).postal).toEqual(['ul. Śląska 15A/9, 80-384 Gdańsk']);
    expect(findContact(policyOf('Amazon Internet Services Private Limited, 14th Floor, Unit Nos. 1401 to 1421, International Trade Tower, Nehru Place, New Delhi, Delhi 110019, India, ATTN: AISPL Legal')).postal).toEqual(['14th Floor, Unit Nos. 1401 to 1421, International Trade Tower, Nehru Place, New Delhi, Delhi 110019, India']);
    expect(findContact(policyOf('Contact our DPO: 5th Floor, Tower One, Ayala Avenue, Makati City 1226, Philippines.')).postal).toEqual(['5th Floor, Tower One, Ayala Avenue, Makati City 1226, Philippines']);
    expect(findContact(policyOf('Our office: Jl. Jend. Sudirman Kav. 52-53, Jakarta Selatan 12190, Indonesia.')).postal).toEqual(['Jl. Jend. Sudirman Kav. 52-53, Jakarta Selatan 12190, Indonesia']);
    expect(findContact(policyOf('Acme Teknoloji A.Ş., Büyükdere Cad. No:199, 34394 Levent, Istanbul, Turkey.')).postal).toEqual(['Büyükdere Cad. No:199, 34394 Levent']);
    expect(findContact(policyOf('Acme México S.A. de C.V., Av. Paseo de la Reforma 505, Col. Cuauhtémoc, C.P. 06500, Ciudad de México.')).postal).toEqual(['Av. Paseo de la Reforma 505, Col. Cuauhtémoc, C.P. 06500']);
    expect(findContact(policyOf('Write to us at P.O. Box 12345, Dubai, United Arab Emirates.')).postal).toEqual(['P.O. Box 12345, Dubai, United Arab Emirates']);
    expect(findContact(policyOf('Our office is at 88 Queen\'s Road Central, Central, Hong Kong.')).postal).toEqual(["88 Queen's Road Central, Central, Hong Kong"]);
    expect(findContact(policyOf('We ship to Hong Kong, Macau and Taiwan.')).postal, 'Hong Kong after no street is no address').toEqual([]);
    expect(findContact(policyOf('Our warehouse in Box Hill holds 12345 parcels for Dubai and Abu Dhabi.')).postal, 'a box without "P.O." and a Gulf country is no address').toEqual([]);
    // Seventeenth round: a post-office box in capitals, and a town with an umlaut after a German Postfach (constructed).
    expect(findContact(policyOf('Write to us at P.O. BOX 12345, DUBAI, UNITED ARAB EMIRATES.')).postal).toEqual(['P.O. BOX 12345, DUBAI, UNITED ARAB EMIRATES']);
    expect(findContact(policyOf('Acme GmbH, Postfach 10 20 30, 80333 München, Germany')).postal).toEqual(['Postfach 10 20 30, 80333 München, Germany']);
    // Two spellings of one address are one (ToS;DR Ecosia).
    expect(findContact(policyOf('Ecosia GmbH', 'Gerichtstrasse 23 (courtyard 4)', '13347 Berlin, Germany', 'Postal address:', 'Gerichtstraße 23 13347 Berlin Germany')).postal).toHaveLength(1);
    // A year after a date is no postcode (ToS;DR Cloze), nor a host's address the company uses (ToS;DR Colloq).
    expect(findContact(policyOf('In light of the Court of European Justice’s July 16, 2020 Decision in the case of Data Protection Commissioner v Facebook Ireland Ltd, Maximillian Schrems, invalidating the EU-US Privacy Shield Framework.')).postal).toEqual([]);
    expect(findContact(policyOf('We use OVH GmbH, Dudweiler Landstraße 5, 66123 Saarbrücken, Germany to ensure our service availability.')).postal).toEqual([]);
  });
  it('reads Canadian addresses written like US ones, with the province spelled out or a comma before the postal code (round 37, ToS;DR)', () => {
    expect(findContact(policyOf('If you have any questions or comments about this Privacy Policy or your personal information, to make an access or correction request, to exercise any applicable rights, to make a complaint, or to obtain information about our policies and practices with respect to any service providers outside Canada, our Privacy Officer (or Data Protection Officer) can be reached by mail or email using the following contact information: by email at privacy@dribbble.com or by mail at 524 Yates St., Victoria, BC, V8W 1K8, Canada.')).postal).toEqual(['524 Yates St., Victoria, BC, V8W 1K8, Canada']);
    expect(findContact(policyOf('By sending Crowdmark an e-mail to privacy@crowdmark.com, mailing Crowdmark at 101 College Street, Suite 402, Toronto, Ontario, M5G 1L7 you can quickly, at no cost, and at any time:')).postal).toEqual(['101 College Street, Suite 402, Toronto, Ontario, M5G 1L7']);
    expect(findContact(policyOf('500px, Inc.', '20 Duncan Street, Suite 100', 'Toronto, Ontario M5H 3G8', 'Canada')).postal).toEqual(['20 Duncan Street, Suite 100, Toronto, Ontario M5H 3G8, Canada']);
    expect(findContact(policyOf('Privacy Team', '36 Wellington St. E., Suite 200', 'Toronto, Ontario, Canada', 'M5E 1C7')).postal).toEqual(['36 Wellington St. E., Suite 200, Toronto, Ontario, Canada, M5E 1C7']);
    expect(findContact(policyOf('St. Joseph Communications', '50 MacIntosh Blvd.', 'Concord ON L4K 4P3', 'Tel: 905-660-3111')).postal).toEqual(['50 MacIntosh Blvd., Concord ON L4K 4P3']);
    expect(findContact(policyOf('Attention: Privacy Officer', 'Buildscale Inc.,', '8 Queen St. N, Unit #1', 'Kitchener, ON, Canada', 'N2H 2G8 Cookies We Use')).postal).toEqual(['8 Queen St. N, Unit #1, Kitchener, ON, Canada, N2H 2G8']);
  });
  it('reads a street name joined to its street word by a hyphen, not from the word on (round 37, ToS;DR Neurohr Bytes)', () => {
    expect(findContact(policyOf('Styria Gösting: Josef-Pock-Straße 19/6/25, 8051 Graz, Austria')).postal).toEqual(['Josef-Pock-Straße 19/6/25, 8051 Graz, Austria']);
  });
  it('reads an address written one line per block (OPP-115 1361_news.yahoo, 652_primagames, train; ToS;DR Amnesty International)', () => {
    expect(findContact(policyOf('If you have questions, suggestions, or wish to make a complaint, please complete a feedback form or you can contact us at:', 'Yahoo!', 'Inc.', 'Customer Care - Privacy Policy Issues', '701 First Avenue', 'Sunnyvale, CA 94089', '(408) 349-5070')).postal).toEqual(['701 First Avenue, Sunnyvale, CA 94089']);
    // "Penguin Random House" / "1745 Broadway": not an international address at postcode "1745" in town "Broadway".
    expect(findContact(policyOf('By mail:', 'Online Privacy', 'Attn: Customer Service', 'Penguin Random House', '1745 Broadway', 'New York, NY 10019')).postal).toEqual(['1745 Broadway, New York, NY 10019']);
    expect(findContact(policyOf('By post:', 'Amnesty International, International Secretariat', '1 Easton Street', 'London', 'WC1X 0DW', 'UK')).postal).toEqual(['1 Easton Street, London, WC1X 0DW, UK']);
  });
  it("leaves out a seal program's and a copyright agent's address written one line per block (OPP-115 635_playstation, 144_style, train)", () => {
    const esrb = findContact(policyOf('If you believe that we have not responded to your inquiry or your inquiry has not been satisfactorily addressed, please contact ESRB at http://www.esrb.org', 'ESRB', 'Attn.: Privacy Online Program', '317 Madison Avenue, 22nd Floor', 'New York, NY 10017', 'privacy@esrb.org'));
    expect(esrb).toMatchObject({ emails: [], postal: [] });
    expect(findContact(policyOf('Copyright Agent:', 'Jerry Birenz, Esq.', 'Sabin, Bermant & Gould LLP | Phone: (212) 381-7057', '1 World Trade Center, 44th Floor | Fax: (212) 381-7201', 'New York, NY 10007-2915 | E-mail: copyright@sabinfirm.com')).postal).toEqual([]);
  });
  it('gives an address once with its state written out or not (ToS;DR Cloudflare)', () => {
    const c = findContact(policyOf("Cloudflare's address for Notice is: Cloudflare, Inc., 101 Townsend St., San Francisco, CA 94107.", 'The Service is offered by Cloudflare, Inc., located at 101 Townsend St., San Francisco, California 94107.'));
    expect(c.postal).toEqual(['101 Townsend St., San Francisco, CA 94107']);
  });
  it('finds a UK address with postcode', () => {
    const c = findContact(policyOf('Write to us at 1 Canada Square, London E14 5AB, United Kingdom.'));
    expect(c.postal).toHaveLength(1);
    expect(c.postal[0]).toContain('E14 5AB');
  });
  it('keeps a privacy-request form URL written in the text (C3PA DB/1)', () => {
    const c = findContact(policyOf('Opting Out of Our Database. You can opt out of our database at any time by submitting the following form: https://www.lead411.com/removeinforequest/'));
    expect(c.urls).toEqual(['https://www.lead411.com/removeinforequest/']);
    expect(c.evidence[0]?.text).toContain('submitting the following form');
  });
  // Links to someone else's site are not how to reach the organization (RUBRIC.md, Contact).
  it.each([
    // OPP-115 26_nytimes: a privacy seal's dispute form.
    ['If you have an unresolved privacy or data use concern that we have not addressed satisfactorily, please contact TRUSTe at https://feedback-form.truste.com/watchdog/request.', []],
    // OPP-115 58_esquire: the ad industry's opt-out tool.
    ['If you would like more information about this practice and to know your choices about not having this information used in this manner by our third party advertising companies please visit http://www.networkadvertising.org/optout_nonppii.asp.', []],
    // C3PA WS/18 (dev): the Digital Advertising Alliance's.
    ["To opt-out of the vendors we use for cross-device linking, go to the Digital Advertising Alliance's Choices page at www.aboutads.info/choices and perform a global opt-out on each browser and device that you would like to be opted out on.", []],
    // C3PA WS/37: Google Analytics' browser add-on.
    ['To opt out of Google Analytics specifically, go to https://tools.google.com/dlpage/gaoptout.', []],
    // ToS;DR DeviantArt: a government site.
    ["To learn more about the Privacy Shield Framework, visit the U.S. Department of Commerce's Privacy Shield List, https://www.privacyshield.gov.", []],
    // OPP-115 331_tgifridays.
    ['For more information about protecting the privacy and safety of minors online, we recommend you visit http://www.ftc.gov/privacy/privacyinitiatives/childrens.html.', []],
    // OPP-115 58_esquire (train): the next sentence glued after the page's file name is not part of the link.
    ['If you want us to stop sending you promotional materials to your email, you may follow the unsubscribe instructions in the email or manage your preferences at https://preferences.hearstmags.com/Hearst/Login.aspx.If you want us to stop sending you promotional materials to your postal mailing address, you may notify us in writing.', ['https://preferences.hearstmags.com/Hearst/Login.aspx']],
    // C3PA DB/11: the organization's own request form, hosted by a privacy-software vendor, is kept.
    ['If you use our webform to correspond with us ( https://privacyportal.onetrust.com/webform/5cb57702-8ef7-437e-a62b-408fe78cd310/a2d05665-f8c3-44a2-ae58-d2015af31754 ), we will use the information you provide to respond.', ['https://privacyportal.onetrust.com/webform/5cb57702-8ef7-437e-a62b-408fe78cd310/a2d05665-f8c3-44a2-ae58-d2015af31754']],
    // Round 30: a document to read is no way to reach anyone (ToS;DR Temporall, atlanticrecords, Shopify, FullContact terms).
    // The sentence before asks how to exercise rights; this one points to a document.
    ['13.1. Under data protection legislation, Temporall is required to provide Customer with certain information about who we are, how we process the personal data of those individuals who use the Product and the Documentation and for what purposes, and those individuals’ rights in relation to their personal data and how to exercise them. This information is provided in https://temporall.com/privacy-policy/ and it is important that you read that information.', []],
    // Its paragraph's title ("Information You Submit.") asks nothing of the sentence after it.
    ['3. Information You Submit. Your submission of information through the Site is governed by our Privacy Policy, which is located at www.atlanticrecords.com/privacy-policy/ (the "Privacy Policy").', []],
    ['For the current version, visit https://help.shopify.com/en/manual/your-account/privacy/cookies.', []],
    ['This Terms of Use includes the current privacy notice and privacy policy relating to the Site, Services, and FullContact Data, which is located at https://www.fullcontact.com/privacy-center/ (the “Privacy Policy”).', []],
    // Guards: a policy's contact section by its fragment (OPP-115 348_walmart's link, written), and a request form the words ask for.
    ['If you have questions, please contact us as described at http://corporate.walmart.com/privacy-security/walmart-privacy-policy#ContactUs.', ['http://corporate.walmart.com/privacy-security/walmart-privacy-policy#ContactUs']],
    ['To exercise your rights under this policy, submit a request through the form available at https://www.example-policy.com/privacy-request.', ['https://www.example-policy.com/privacy-request']],
    // Round 38 (ToS;DR Adform, AlienVault, last.fm): a site whose name ends in "form" is no form, a list or another policy
    // to read is a document, and a flattened table of partners' pages (three sites or more, the organization's unknown) is theirs.
    ['As a part of www.adform.com, Adform is using its own cookies, when it operates www.adform.com and other Adform owned websites (if any).', []],
    ['You can read more about Adform’s Product and Services Privacy Policy here: https://site.adform.com/privacy-center/platform-privacy/.', []],
    ['If you wish to view a current list of all Data Processors, click here: https://cybersecurity.att.com/legal/gdpr/processors', []],
    ['Partner URL Google Analytics https://tools.google.com/dlpage/gaoptout Adobe Omniture http://www.adobe.com/privacy/opt-out.html ComScore http://www.comscore.com/About_comScore/Privacy_Policy Nielsen http://www.nielsen-online.com/corp.jsp?section=leg_prs&nav=1#Optoutchoices ConfirmIT http://www.confirmit.com/privacy-policy.aspx Terms of Use', []],
  ])('"%s" → urls %j', (sentence, urls) => {
    expect(findContact(policyOf(sentence)).urls).toEqual(urls);
  });
  it("leaves out another company's opt-out page once the organization's own site is known from its page or its addresses (ToS;DR Cloudflare)", () => {
    const vendor = ['Bizible - Records website and server performance with each visit to the Websites.', 'Learn more at http://www.bizible.com/privacy-policy, and to opt out, visit https://www.bizible.com/cookie-opt-out.'];
    expect(findContact(policyOf(...vendor, 'privacyquestions@cloudflare.com')).urls).toEqual([]);
    const onPage = extractFromText(vendor.join('\n\n'), { title: 'Cookie Policy', url: 'https://www.cloudflare.com/cookie-policy/', format: 'md' });
    expect(findContact(onPage).urls).toEqual([]);
    // Neither known: kept, as before.
    expect(findContact(policyOf(...vendor)).urls).toEqual(['https://www.bizible.com/cookie-opt-out']);
    // OPP-115 58_esquire (train): the organization's preferences page, on the site of its address, stays.
    const own = findContact(policyOf('If you want us to stop sending you promotional materials to your email, you may follow the unsubscribe instructions in the email or manage your preferences at https://preferences.hearstmags.com/Hearst/Login.aspx.', 'Or contact us at customercare@hearstmags.com.'));
    expect(own.urls).toEqual(['https://preferences.hearstmags.com/Hearst/Login.aspx']);
  });
  it("leaves out an address given with another site's privacy policy link (ToS;DR Honeypot's plug-in providers)", () => {
    const text = 'Twitter, Inc., 1355 Market St, Suite 900, San Francisco, California 94103, USA. https://twitter.com/privacy.';
    expect(findContact(policyOf(text)).postal).toEqual([]);
    const own = extractFromText(text, { title: 'Privacy Policy', url: 'https://twitter.com/en/privacy', format: 'md' });
    expect(findContact(own).postal).toEqual(['1355 Market St, Suite 900, San Francisco, California 94103']);
  });
  it("leaves out an address followed by another site's privacy policy under a label (ToS;DR PDF Annotator, round 30)", () => {
    const text = '- Twitter (Twitter Inc., 1355 Market Street, Suite 900, San Francisco, CA 94103, USA) - Privacy Policy: https://twitter.com/de/privacy, Opt-Out: https://twitter.com/personalization.';
    expect(findContact(policyOf(text)).postal).toEqual([]);
    const own = extractFromText(text, { title: 'Privacy Policy', url: 'https://twitter.com/en/privacy', format: 'md' });
    expect(findContact(own).postal).toEqual(['1355 Market Street, Suite 900, San Francisco, CA 94103']);
  });
  it("leaves out the European Data Protection Board's address named by its initials (ToS;DR Cleanfox, round 30)", () => {
    const c = findContact(policyOf('As permitted by law, you may also contact EDPB at the following address: Rue Wiertz 60, B-1047 Brussels or by email: edpb@edpb.europa.eu on 01-53-73-22-22.'));
    expect(c).toMatchObject({ emails: [], phones: [], postal: [] });
    expect(findContact(policyOf('You may also contact us at the following address: Rue Wiertz 60, B-1047 Brussels.')).postal, 'the same address, ours').toEqual(['Rue Wiertz 60, B-1047 Brussels']);
  });
  it("leaves out a regulator's phone, email and address named as someone to contact", () => {
    // OPP-115 1106_allstate (train): the organization's own contact comes first, the attorney general's after it.
    const allstate = findContact(policyOf("If you are a Nevada resident and would like more information, you may contact us at the address listed above or you may also contact the Nevada Attorney General's office at: Office of the Nevada Attorney General Bureau of Consumer Protection 555 E.Washington Avenue, Suite 3900 Las Vegas, NV 89101 Phone: (702) 486-3132 Email: BCPINFO@ag.state.nv.us"));
    expect(allstate).toMatchObject({ emails: [], phones: [], postal: [] });
    // C3PA WS/33 (dev).
    expect(findContact(policyOf('You can contact the ICO on 0303 123 1113.')).phones).toEqual([]);
    expect(findContact(policyOf('You can call us on 0303 123 1113.')).phones, 'the same number, ours').toEqual(['0303 123 1113']);
    // OPP-115 1618_sltrib (train): a government department's line; C3PA-style terms: the arbitration body's (ToS;DR Cloudflare).
    expect(findContact(policyOf('To complain of discrimination call the U.S. Department of Housing and Urban Development at 800-669-9777.')).phones).toEqual([]);
    expect(findContact(policyOf('The AAA Rules and filing forms are available online at www.adr.org, by calling the AAA at 1-800-778-7879.')).phones).toEqual([]);
    // ToS;DR cuttly (thirty-first round): a national consumer-protection office's point of contact, in a terms page's section on
    // out-of-court dispute resolution.
    const uokik = findContact(policyOf('3. The President of the Office of Competition and Consumer Protection also runs a point of contact (phone: 22 55 60 333, e-mail: kontakt.adr@uokik.gov.pl or mail address: Pl.'));
    expect(uokik.emails).toEqual([]);
  });
  it("leaves out the lines of a state's cable or utilities regulator (ToS;DR Xfinity, twenty-second round)", () => {
    // Each state's regulator is named before its number and address; the company's own line stays.
    const c = findContact(policyOf(
      "If the Xfinity Equipment has been stolen or the Services have been used without your authorization or in violation of this Agreement, you agree to notify us immediately in writing, or by calling 1-800-XFINITY during normal business hours.",
      "Massachusetts Residents: In addition, if you are unsatisfied with our handling of your TV complaint, you may contact the Consumer Division of the Department of Telecommunications and Cable (DTC) toll free at 1-800-392-6066, or you may write to them at 1000 Washington Street, Suite 600, Boston, MA 02118.",
      "Connecticut Residents: If a TV matter is not resolved to your satisfaction, please contact the Connecticut Public Utilities Regulatory Authority at 1-800-382-4586 (toll free within Connecticut) or 1-860-827-1553 (outside Connecticut) or TDD 1-860-827-2837.",
      "New York Residents: If your TV concerns have not been resolved, contact your local government, or call the New York State Public Service Commission (PSC) at 1-800-342-3377, or write to: Customer Service Representative, New York State Public Service Commission, Office of Customer Services, Three Empire State Plaza, Albany, NY 12223-1350.",
    ));
    expect(c.phones).toEqual(['1-800-XFINITY']);
    expect(c.postal).toEqual([]);
  });
  it("leaves out a registered agent's address for arbitration letters; the company's own stays (ToS;DR Intuit, Politico, VSCO, Xfinity, Hershey; twenty-third round)", () => {
    expect(findContact(policyOf('To begin an arbitration proceeding, send a letter requesting arbitration and describing your claim to Intuit Inc., in care of our registered agent Corporation Service Company, 2711 Centerville Road, Wilmington, DE 19808.')).postal).toEqual([]);
    expect(findContact(policyOf('To begin an arbitration proceeding, you must send a letter requesting arbitration and describing your claim to our registered agent, The Corporation Trust Company, Corporation Trust Center 1209 Orange Street, Wilmington, New Castle County, Delaware 19801.')).postal).toEqual([]);
    expect(findContact(policyOf('To begin an arbitration proceeding, you must send a letter requesting arbitration and describing your dispute or claim or request for relief to our registered agent National Registered Agents, Inc., 160 Greentree Drive, Suite 101, Dover, DE 19904.')).postal).toEqual([]);
    expect(findContact(policyOf('You may deliver any required or desired notice to us by mail to: Comcast, 1701 John F. Kennedy Boulevard, Philadelphia, PA 19103-2838 – ATTN: LEGAL DEPARTMENT/ARBITRATION.')).postal).toEqual(['1701 John F. Kennedy Boulevard, Philadelphia, PA 19103-2838']);
    // A registered agent's address for legal process, one line each (ToS;DR Manticore Games' terms, twenty-ninth round).
    expect(findContact(policyOf('Please find below the California address for CSC:', 'Manticore Games, Inc.', '℅ CORPORATION SERVICE COMPANY', '2710 Gateway Oaks Drive, Suite 150N', 'Sacramento, CA 95833')).postal).toEqual([]);
    // A company that is its own registered agent (ToS;DR The Hershey Company): its address stays.
    expect(findContact(policyOf('By Mail: Registered Agent', 'The Hershey Company', '19 East Chocolate Avenue', 'Hershey, PA 17033')).postal).toEqual(['19 East Chocolate Avenue, Hershey, PA 17033']);
  });
  it("leaves out a regulator's line that follows, one per line, the sentence naming it (ToS;DR Amnesty International)", () => {
    const c = findContact(policyOf(
      'By email: amnestyis@amnesty.org',
      'If you are dissatisfied with how we have handled your complaint you may lodge a complaint with the Information Commissioner’s Office which is the UK regulator in charge of data protection and privacy enforcement:',
      'Website: https://ico.org.uk/global/contact-us/',
      'Telephone: 0303 123 1113',
    ));
    expect(c.phones).toEqual([]);
    expect(c.emails).toEqual(['amnestyis@amnesty.org']);
    // A heading ends the lead-in: the next section's lines are the organization's.
    expect(findContact(policyOf('You may lodge a complaint with the supervisory authority:', '## Contact us', 'Telephone: 0303 123 1113')).phones).toEqual(['0303 123 1113']);
  });
  it("leaves out a regulator's lines under a line that only names it, or after a line that runs on with a comma (ToS;DR Speaky, eras, SendGrid)", () => {
    const speaky = findContact(policyOf(
      'Should you remain unsatisfied with our response, you can also contact us directly and file a complaint with the data protection authority.',
      'Data Protection Supervisory Authority',
      '- Rue de la Presse, 35, 1000 Brussels\n- +32 (0)2 274 48 00\n- commission@privacycommission.be',
    ));
    expect(speaky).toMatchObject({ emails: [], phones: [], postal: [] });
    const eras = findContact(policyOf(
      'Alternatively, you can make a complaint to the Information Commissioner’s Office:',
      'E-Mail casework@ico.org.uk, Telephone +44 (0)3031 231113 Website ico.org.uk Post Information Commissioners Office,',
      'Wycliffe House, Water Lane,',
      'Wilmslow, Cheshire, SK9 5AF',
    ));
    expect(eras.postal).toEqual([]);
    expect(findContact(policyOf('Irish Data Protection Commissioner', 'Officer of the Data Protection Commissioner', 'Canal House, Station Road, Portarlington, Co. Laois, R32 AP23, Ireland', 'Phone: +353 57 868 4757')).phones).toEqual([]);
  });
  it('leaves out the addresses in a list of processors (ToS;DR remove.bg)', () => {
    const c = findContact(policyOf('In addition, we provide the following list of third-party data processors:', '- Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\n- Mailjet SAS, 13-13bis, Rue de l’Aubrac, 75012 Paris, FR'));
    expect(c.postal).toEqual([]);
    // ...but a lead-in that sends requests to the organization keeps its address.
    expect(findContact(policyOf('Requests about our processors may be sent to:', 'Acme Inc., 1 Market Street, San Francisco, CA 94105')).postal).toEqual(['1 Market Street, San Francisco, CA 94105']);
  });
  it('leaves out the address of a company the sentence calls its service provider (ToS;DR Colloq)', () => {
    expect(findContact(policyOf('We use Digital Ocean Inc. (101 Avenue of the Americas 10th Floor, New York, NY 10013, United States of America) as a service provider to host our server infrastructure.')).postal).toEqual([]);
  });
  it('gives an address once however it is punctuated (constructed; the shape of C3PA DB/206)', () => {
    const c = findContact(policyOf('Contact us at 123 Main Street, Suite 4, Springfield, IL 62701.', 'Or write to us: 123 Main Street Suite 4 Springfield, IL 62701.'));
    expect(c.postal).toHaveLength(1);
  });
  it('gives a phone number once however it is written (OPP-115 202_foodallergy, train)', () => {
    const c = findContact(policyOf('Telephone: (800) 929-4040', 'If you prefer not to receive e-mail communications or postal mail or telephone calls from Food Allergy Research & Education, please notify us by emailing contactfare@foodallergy.org or calling 800-929-4040.'));
    expect(c.phones).toEqual(['(800) 929-4040']);
  });
  it("keeps a platform's own links in its own policy", () => {
    const text = 'You can review and control your data, or submit a request, in your account at https://myaccount.google.com/data-and-privacy.';
    const own = extractFromText(text, { title: 'Privacy Policy', url: 'https://policies.google.com/privacy', format: 'md' });
    expect(findContact(own).urls).toEqual(['https://myaccount.google.com/data-and-privacy']);
    expect(findContact(policyOf(text)).urls).toEqual([]);
  });
  it('gives empty lists with no evidence when the policy has no contact', () => {
    expect(findContact(policyOf('We use cookies.'))).toEqual({ emails: [], phones: [], postal: [], urls: [], evidence: [] });
  });
});

/** A page through the real extractor (jsdom), so the contact rules read the links the way the extension gives them. */
function pageOf(body: string, url = 'https://www.example-policy.com/privacy') {
  const doc = new JSDOM(`<!DOCTYPE html><html lang="en"><head><title>Privacy Policy</title></head><body><main><article><h1>Privacy Policy</h1>${body}</article></main></body></html>`, { url }).window.document;
  return extractFromDocument(doc, url);
}
const FILLER = `<p>${'We use the information we collect to provide, maintain and improve our services for our users. '.repeat(12)}</p>`;

describe('contact: links', () => {
  it.each([
    // OPP-115 1034_autoblog (AOL): the address is only in the link.
    ['<p>If you have questions or concerns about this Privacy Policy or about AOL\'s privacy practices in general, please send us an <a href="mailto:privacyquestions@aol.com">email</a>.</p>', ['privacyquestions@aol.com']],
    // OPP-115 1224_austincc: the link text asks, the address is in the href.
    ['<p>If you have questions about this privacy statement or you believe that your personal information has been released without your consent <a href="mailto:helpdesk@austincc.edu" target="_blank">email the Help Center</a>.</p>', ['helpdesk@austincc.edu']],
    // Encoded, capitalized, with a subject: decoded, lowercased, the query dropped.
    ['<p>Please <a href="mailto:Privacy%40Example-Policy.com?subject=Data%20request">email our privacy team</a>.</p>', ['privacy@example-policy.com']],
    // C3PA DB/138: the text shows one address, the href another; the reader sees the text's.
    ['<p>To make such a request, please send an email to&nbsp;<a href="mailto:support@datasys.com">support@Digdev.com</a>.</p>', ['support@digdev.com']],
    // Written and linked: counted once.
    ['<p>Email us at <a href="mailto:privacy@example-policy.com">privacy@example-policy.com</a>.</p>', ['privacy@example-policy.com']],
    // A placeholder and a regulator's address are not the organization's, linked or not.
    ['<p>Write to <a href="mailto:you@example.com">your own address</a> or complain to the <a href="mailto:info@dataprotection.ie">Irish regulator</a>.</p>', []],
    // A linked address after naming a regulator is the regulator's, as a written one is (the sentence of OPP-115 1106_allstate, train, with its address linked).
    ['<p>If you are a Nevada resident and would like more information, you may contact us at the address listed above or you may also contact the Nevada Attorney General\'s office at: Office of the Nevada Attorney General Bureau of Consumer Protection 555 E.Washington Avenue, Suite 3900 Las Vegas, NV 89101 Phone: (702) 486-3132 <a href="mailto:BCPINFO@ag.state.nv.us">Email the Bureau</a></p>', []],
  ])('%s → emails %j', (html, emails) => {
    expect(findContact(pageOf(FILLER + html)).emails, 'the addresses of mailto: links').toEqual(emails);
  });

  it.each([
    // OPP-115 940_wikitravel (Internet Brands): a request form on the parent company's site, asked for by its text.
    ['<p>Please submit requests using our <a href="http://www.internetbrands.com/privacy/privacy-contact-form.php">Privacy Contact form</a> and allow 30 days for a response.</p>', 'https://www.wikitravel.org/en/Privacy_policy', ['http://www.internetbrands.com/privacy/privacy-contact-form.php']],
    // C3PA DB/140: an opt-out request form on the organization's site.
    ['<p>If you are a California resident and would like to opt-out, please submit your information using our <a href="https://www.adrearubin.com/privacy-policy-california/ccpa-opt-out-request-form/">CCPA Opt-Out Request form</a>.</p>', 'https://www.adrearubin.com/privacy-policy/', ['https://www.adrearubin.com/privacy-policy-california/ccpa-opt-out-request-form/']],
    // C3PA DB/134 (Bridg): a privacy-request service's page, alone in a list item whose text asks.
    ['<p>To exercise any other data rights under California law, please contact us using one of the following methods:</p><ul role="list"><li><a href="https://bridg.wirewheel.io/privacy-page/5f22b71054ee7d0012420211" target="_blank">Click here to begin your CPRA Request</a></li></ul>', 'https://www.bridg.com/privacy-policy', ['https://bridg.wirewheel.io/privacy-page/5f22b71054ee7d0012420211']],
    // OPP-115 1259_fool: the sentence asks, the link text does not, the URL is the site's own.
    ['<p>If you do not want to receive such offers and mailings, you can let us know on our <a href="http://www.fool.com/community/nevermail.htm">opt-out page</a>, or you may send snail mail to Privacy Penelope.</p>', 'http://www.fool.com/help/privacy.htm', ['http://www.fool.com/community/nevermail.htm']],
    // A relative link, resolved against the page.
    ['<p>To exercise your rights, <a href="/contact?subject=privacy">contact us</a>.</p>', 'https://www.example-policy.com/legal/privacy', ['https://www.example-policy.com/contact?subject=privacy']],
    // A bare "click here" to the site's contact page from a sentence about the reader's questions; the same words
    // linking a contact page on another site (OPP-115 144_style.com: "For all questions regarding print or digital
    // subscriptions and apps, please click here") are not the organization's.
    ['<p>If you have any questions about this policy, <a href="/contact-us">click here</a>.</p>', 'https://www.example-policy.com/privacy', ['https://www.example-policy.com/contact-us']],
    ['<p>For all questions regarding print or digital subscriptions and apps, <a href="https://www.magazinestoresubscriptions.com/contact_us">please click here</a>.</p>', 'http://www.style.com/about/privacy', []],
    // Not contacts: OPP-115 303_reddit's instructions, a policy document, someone else's site, a lone menu link
    // (OPP-115 1206_dcccd's "Calendar Submission Form"), a link to the page itself, a javascript: link.
    ['<p>To opt out on Android and iOS, please follow <a href="https://www.reddit.com/r/reddit.com/wiki/privacypolicy/opt-out-mobile-advertising-id" rel="nofollow">these instructions</a>.</p>', 'https://www.reddit.com/help/privacypolicy', []],
    ['<p>If you have questions about our <a href="/privacy">Privacy Policy</a>, contact us.</p>', 'https://www.example-policy.com/terms', []],
    // C3PA WS/108 (Getty Images): a denial linked to a page about the law is not the 'Do Not Sell My Info' request page.
    ['<p>With respect to (6), note that <a href="/company/CCPA" title="CCPA">we do not sell personal information as defined by the CCPA</a>.</p>', 'https://www.gettyimages.com/company/privacy-policy', []],
    // ...which a link named for the request is.
    ['<p>California residents may use our <a href="/company/do-not-sell">Do Not Sell My Personal Information</a> page.</p>', 'https://www.gettyimages.com/company/privacy-policy', ['https://www.gettyimages.com/company/do-not-sell']],
    ['<p>You can opt out of interest-based ads from Google by <a href="https://adssettings.google.com/">visiting Ads Settings</a>.</p>', 'https://www.example-policy.com/privacy', []],
    ['<div><a href="http://www.dcccd.edu/Events/Pages/CalendarSubmissionForm.aspx">Calendar Submission Form</a></div>', 'http://www.dcccd.edu/Pages/privacysecurity.aspx', []],
    // OPP-115 884_naturalnews (train): "form" inside "AdvertisingInformation" is not a form, in a menu that says "Contact Us".
    ['<p>Home Subscribe (free) About NaturalNews <a href="http://www.naturalnews.com/contact.html">Contact Us</a> Write for NaturalNews Media Info <a href="http://www.naturalnews.com/AdvertisingInformation.html">Advertising Info</a></p>', 'file:///tmp/884_www.naturalnews.com.html', ['http://www.naturalnews.com/contact.html']],
    // OPP-115 1361_news.yahoo (train): "the page you request" is log data, and "law enforcement requests" are not the reader's.
    ['<p>Yahoo automatically receives and records information from your computer and browser, including your <a href="https://policies.yahoo.com/us/en/yahoo/privacy/topics/ipaddress/index.html">IP address</a>, Yahoo cookie information, software and hardware attributes, and the page you request.</p>', 'file:///tmp/1361_news.yahoo.com.html', []],
    ['<p>We respond to subpoenas, court orders, or legal process (such as <a href="https://transparency.yahoo.com/">law enforcement requests</a>), or to establish or exercise our legal rights or defend against legal claims.</p>', 'file:///tmp/1361_news.yahoo.com.html', []],
    // OPP-115 1034_autoblog (round 30): "the search queries you submit" is log data too.
    ['<ul><li>Information about your interactions with the websites, apps, and other services you use, the content you view, the search queries you submit, and information in <a href="http://privacy.aol.com/cookies-web-beacons/">cookies and similar technologies</a>;</li></ul>', 'file:///tmp/1034_www.autoblog.com.html', []],
    // OPP-115 82_drinksmixer (train): a broken href whose path holds the ad industry's site.
    ['<p>To opt out, visit <a href="http:://www.youronlinechoices.com">http:://www.youronlinechoices.com</a>.</p>', 'http://www.sheknows.com/privacy-policy', []],
    // OPP-115 1510_jibjab (train): a link to '#' runs a script; it is no page.
    ['<p>You can opt out with the <a href="http://www.jibjab.com/about/privacy#">Google Analytics opt-out browser add-on</a>.</p>', 'file:///tmp/1510_www.jibjab.com.html', []],
    // OPP-115 919_uh.edu (train): the sentence asks, the link is the site's feedback page.
    ['<p>Any visitor who has questions about our privacy policy should contact the <a href="http://www.uh.edu/feedback">UH Web Administrator</a>.</p>', 'file:///tmp/919_www.uh.edu.html', ['http://www.uh.edu/feedback']],
    // OPP-115 186_abcnews (train), read from its saved file: a defined term linked to its glossary entry.
    ['<p>We collect information you provide to us when you request products, services or information from us, register with us, participate in <a href="https://disneyprivacycenter.com/privacy-policy-translations/english/#def_PublicForums">public forums</a> or other activities on our sites and applications, respond to customer surveys, or otherwise interact with us.</p>', 'file:///tmp/186_abcnews.go.com.html', []],
    // C3PA WS/8 (X, twenty-ninth round): contact fields named as data, others' requests and a regulator's contact details ask
    // for no link; the privacy form the sentence asks for stays, and so does a link after the regulator that the sentence asks for.
    ['<p>If you create a <a href="https://business.twitter.com/en/help/account-setup/professional-accounts.html">professional account</a>, you also need to provide us with a professional category, and may provide us with other information, including street address, contact email address, and contact phone number, all of which will always be public.</p>', 'file:///tmp/8.html', []],
    ['<p>We may preserve, use, share, or disclose your information if we believe that it is reasonably necessary to: comply with a law, regulation, <a href="https://help.x.com/rules-and-policies/twitter-law-enforcement-support">legal process, or governmental request</a>; protect the safety of any person.</p>', 'file:///tmp/8.html', []],
    ['<p>If you wish to raise a concern about our <a href="https://help.x.com/rules-and-policies/data-processing-legal-bases">data processing practices</a>, you have the right to do so with your local supervisory authority or Twitter International Unlimited Company’s lead supervisory authority, the Irish Data Protection Commission, using the contact details listed on their website.</p>', 'file:///tmp/8.html', []],
    ['<p>You can confidentially contact X\'s Data Protection Officer through our <a href="https://help.x.com/forms/privacy">Data Protection Inquiry Form</a>.</p>', 'file:///tmp/8.html', ['https://help.x.com/forms/privacy']],
    ['<p>You may complain to your supervisory authority, and to exercise your rights you can use <a href="https://www.example-policy.com/help/privacy-request">this page</a>.</p>', 'https://www.example-policy.com/privacy', ['https://www.example-policy.com/help/privacy-request']],
    ['<p>To submit a request, see the <a href="#rights">section below</a> or <a href="javascript:openForm()">open the request form</a>.</p>', 'https://www.example-policy.com/privacy', []],
    // Thirty-first round, read at the address the saved pages declare: request forms hosted by a privacy-request service
    // (C3PA DB/207, OpenX; WS/8, X), and a link to a report that counts requests (C3PA DB/35, FordDirect).
    ['<p>To exercise any of the above rights, please reach us <a href="https://www.requesteasy.com/5dfe-0428">here</a> or using the contact information provided below in this section and we will respond to you.</p>', 'https://www.openx.com/privacy-center/ad-exchange-privacy-policy/', ['https://www.requesteasy.com/5dfe-0428']],
    ['<p>You can learn more about the information we have collected or inferred about you in Your X Data and request access to additional information <a href="https://twitter.ethicspointvp.com/custom/twitter/forms/data/form_data.asp">here</a>.</p>', 'https://twitter.com/en/privacy', ['https://twitter.ethicspointvp.com/custom/twitter/forms/data/form_data.asp']],
    // C3PA DB/49 (Experian, round 33): a link alone in its block, handed to by the sentence before, which asks to exercise
    // rights; a sentence handing the reader to ad networks' opt-out links asks nothing of the organization (C3PA DB/187).
    ['<p>In order to exercise your rights through our online portal, please click the link below.</p><p><a title="Visit the CCPA online portal" href="https://consumerprivacy.experian.com/ccpa/">Online Portal</a></p>', 'https://www.experian.com/privacy/california-privacy-rights', ['https://consumerprivacy.experian.com/ccpa/']],
    ['<p>For more information on opting out of specific types of targeted advertising, click on the applicable link below:</p><p><a href="https://www.example-policy.com/privacy/opt-out-targeted-advertising">Targeted advertising</a></p>', 'https://www.example-policy.com/privacy', []],
    ['<p>In order to exercise your rights through our online portal, please click the link below.</p><h2>Other rights</h2><p><a href="https://www.example-policy.com/privacy/consumer-portal">Online Portal</a></p>', 'https://www.example-policy.com/privacy', []],
    ['<p>As of July 1, 2022, the following metrics for consumer requests to Ford Motor Company and FordDirect cover January 1, 2021 through December 31, 2021 and are located <a href="/annual-ccpa-metrics">here</a></p>', 'https://www.forddirect.com/privacy', []],
    // Round 38 (C3PA WS/93, CoStar): statistics "relating to" requests are counted requests too.
    ['<p>Please <a href="https://www.costar.com/sites/costar.com.na/files/2023-08/2022%20CCPA%20Consumer%20Request%20Metrics%20Reporting%20-%20Consolidated.pdf">click here</a> for statistics relating to California Consumer Privacy Act requests received by CoStar brands under this Global Privacy Notice in the prior calendar year.</p>', 'https://www.costar.com/about/privacy', []],
  ])('%s → urls %j', (html, url, urls) => {
    expect(findContact(pageOf(FILLER + html, url)).urls, 'contact and request links').toEqual(urls);
  });

  it("waits for the organization's site before keeping an opt-out link from a page whose address is not known (OPP-115 1259_fool, train, read from its saved file)", () => {
    const html = `${FILLER}<ul><li>visit the DAA opt-out program the <a href="http://choices.ghosteryenterprise.com/global-opt-out.html">Evidon opt-out program</a> to learn how to opt out of having your information collected in browsers for ad serving purposes;</li></ul><p>If you do not want to receive such offers and mailings, you can let us know on our <a href="http://www.fool.com/community/nevermail.htm">opt-out page</a>, or email cs@fool.com.</p>`;
    expect(findContact(pageOf(html, 'file:///tmp/1259_www.fool.com.html')).urls).toEqual(['http://www.fool.com/community/nevermail.htm']);
  });
  it('keeps a request page on another of its sites when the sentence asks to make a request there (OPP-115 186_abcnews, train, read from its saved file)', () => {
    const html = `${FILLER}<p>You may exercise your controls and choices, or request access to your personal information, by visiting <a href="https://disneyprivacycenter.com/communication-choices/">Communication Choices</a>, contacting Guest Services, or following instructions provided in communications sent to you.</p><p>In the UK, email help@disney.co.uk.</p>`;
    expect(findContact(pageOf(html, 'file:///tmp/186_abcnews.go.com.html')).urls).toEqual(['https://disneyprivacycenter.com/communication-choices/']);
  });

  it("skips a table of contents' entry that links a section of the policy (OPP-115 652_primagames, train)", () => {
    const html = `${FILLER}<ul><li><a href="http://www.penguinrandomhouse.com/privacy/#how-to-opt-out-or-correct-your-information">How To Opt-Out or Correct Your Information</a></li><li><a href="http://www.penguinrandomhouse.com/privacy/#your-california-privacy-rights">Your California Privacy Rights</a></li></ul>${FILLER}<h2>How To Opt-Out or Correct Your Information</h2><p>Email privacy@penguinrandomhouse.com.</p>`;
    const c = findContact(pageOf(html, 'file:///tmp/652_www.primagames.com.html'));
    expect(c.urls).toEqual([]);
    expect(c.emails).toEqual(['privacy@penguinrandomhouse.com']);
  });

  it('quotes the sentence that holds the link', () => {
    const c = findContact(pageOf(`${FILLER}<p>We reply within a month. If you have questions about this privacy statement <a href="mailto:helpdesk@austincc.edu">email the Help Center</a>.</p>`));
    expect(c.evidence.map((e) => e.text)).toContain('If you have questions about this privacy statement email the Help Center.');
  });

  it('reads a whole policy set as one paragraph, where "infringement" sentences away is no DMCA agent\'s context (ToS;DR Vee Volunteers)', () => {
    const paragraph = [
      "This allows us to enable automatic activation of certain features and make User experience much more convenient and effortless.",
      "The Company or its authorized third party service providers may use both session cookies (which expire once User closes the Service) and persistent cookies (which stay on User's system until User deletes them).",
      "It is easy to disable or delete Cookies.",
      "Most browsers will allow Users to erase cookies from their computer's hard drive, block acceptance of cookies, or receive a warning before a cookie is stored.",
      "However, if User disable or erase cookies, User's online experience may be limited.",
      "Cookies usually store only Non-personal Information, such as the web pages User has visited, the duration of browsing, etc. the Company does not control such third party service providers.",
      "6. Retention and Removal of Information A User may contact the Company in writing through the address specified below in order to remove certain Information attained from such User, subject to applicable law (removal of Information however may impair or prevent User’s continued use of the Services).",
      "Unless requested by a User as aforementioned, Company may retain Information for an unlimited period for uses in accordance with this Privacy Policy (but is under no obligation however to retain Information for any given period whatsoever).",
      "7. Sharing Information with Third Parties User acknowledges that Company utilizes certain third party services in order to make its own Services available, such as, without limitation, hosting services for storage of Information.",
      "Any services and/or infrastructure of third parties shall be referred to herein as “Third Party Services”.",
      "Company may disclose Information to third parties as follows: (a) to applicable Third Party Services providers as required to provide, develop, improve, support or maintain the Services, or to otherwise facilitate any of Company’s uses permitted hereunder (such as providers of hosting services for 3",
      "Company reserves the right to disclose any gathered information as required by law and when Company believes that such disclosure is necessary to protect its rights, the integrity of the Services, Company's systems and technology, and/or to comply with a judicial proceeding, court order, or legal pr",
      "USER ACKNOWLEDGES THAT COMPANY DOES NOT CONTROL OR OPERATE THE THIRD-PARTY SERVICES AND/OR THE OTHER USERS, AND THAT COMPANY SHALL HAVE NO LIABILITY WHATSOEVER HEREUNDER WITH RESPECT TO OR IN CONNECTION WITH THE USE, OR RETENTION OF INFORMATION BY PROVIDERS OF ANY THIRD PARTY SERVICES OR OTHER USERS",
      "8. Protection of Information Company is committed to protect the security of its Users’ Information and takes commercially reasonable measures to assure information security.",
      "However, no method of internet transmission or electronic storage is 100% secure and Company cannot guarantee the Information’s absolute security.",
      "By using the Services, User expressly agrees that Company will not be liable for any third-party action, misuse, abuse or infringement of data and information security.",
      "9. Updating and Reviewing User Information Users are responsible for keeping their information current and up-to-date.",
      "Users may update their information by modifying their Account, or contacting the Company in the manner specified herein.",
      "The Company will use reasonable efforts to process any change made by a User.",
      "User acknowledges however that deletion of Information may result in failure to provide User with access or use of the Services, or alternately may impair the Services.",
      "10. Contact Any required or permitted notices hereunder must be given in writing (a) if to the Company, by e-mail to the following address: gil@veeteam.co, or to the following address: Aluf Kalman Magen 3, Tel Aviv, by registered, express, or certified mail, return receipt requested, postage prepaid",
      "Notices will be deemed given within 1 business day from the delivery date if sent by e-mail, and within 5 business days from the delivery date if sent by other methods permitted herein.",
    ].join(' ');
    expect(findContact(policyOf(paragraph)).emails).toEqual(['gil@veeteam.co']);
    // In a paragraph of ordinary length, the block is still read as a whole.
    expect(findContact(policyOf('By using the Services, User expressly agrees that Company will not be liable for any third-party action, misuse, abuse or infringement of data and information security. 10. Contact Any required or permitted notices hereunder must be given in writing (a) if to the Company, by e-mail to the following address: gil@veeteam.co.')).emails).toEqual([]);
  });
  it('reads no links in a third party\'s paragraph (a DMCA agent)', () => {
    const c = findContact(pageOf(`${FILLER}<h2>Copyright Infringement</h2><p>Notices of claimed infringement should be sent to <a href="mailto:dmca@lawfirm-example.com">our designated agent</a>.</p>`));
    expect(c.emails).toEqual([]);
  });
});

describe('contact: vendor tables', () => {
  // Twelfth round: a sub-processor table (the shape of current SaaS pages; two vendors' published addresses, one made up,
  // short enough to be read as a run of lines). The rows' addresses are the vendors', the organization's own line after
  // the table is read.
  const VENDORS = `<table>
    <tr><th>Subprocessor</th><th>Purpose</th><th>Location</th><th>Address</th></tr>
    <tr><td>Stripe, Inc.</td><td>Payment processing</td><td>United States</td><td>354 Oyster Point Blvd, South San Francisco, CA 94080</td></tr>
    <tr><td>Acme Mail</td><td>Email</td><td>US</td><td>1 Main St, Boston, MA 02110</td></tr>
    <tr><td>Twilio Ireland Ltd.</td><td>Email delivery</td><td>Ireland</td><td>25-28 North Wall Quay, Dublin 1, Ireland</td></tr>
  </table>`;
  it('skips the contacts in the rows of a table whose first column names vendors', () => {
    const c = findContact(pageOf(`${FILLER}${VENDORS}<p>Acme Corp., 500 Market Street, San Francisco, CA 94105. Questions: privacy@acmecorp.com.</p>`));
    expect(c.postal).toEqual(['500 Market Street, San Francisco, CA 94105']);
    expect(c.emails).toEqual(['privacy@acmecorp.com']);
  });
  it('still reads a table of the organization\'s own offices', () => {
    const c = findContact(pageOf(`${FILLER}<table><tr><th>Office</th><th>Address</th></tr><tr><td>Head office</td><td>354 Oyster Point Blvd, South San Francisco, CA 94080</td></tr></table>`));
    expect(c.postal).toEqual(['354 Oyster Point Blvd, South San Francisco, CA 94080']);
  });
});
