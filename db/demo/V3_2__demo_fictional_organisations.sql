-- Demo data (applied only when demo data is switched on): FICTIONAL organisations.
-- Every organisation below is invented (demo = true); each summary starts with
-- "Fictional demo organisation:" / "Organisation fictive de démonstration :".
-- Websites and e-mail addresses use the reserved example.org domain only.
-- Depends on V3_1 (networks WAANSA and IANSA) and on the country and theme reference data.
-- Ids are generated (GENERATED ALWAYS AS IDENTITY): rows are linked by looking the slug up.
-- activity.date_start and activity.date_end are generated from date_edtf and are never inserted.

-- ----------------------------------------------------------------------------------------------------
-- 1. Jeunes Artisans de Paix de Mopti (Mopti, Mali): fictional; source language fr; verified; translations: fr, en
-- ----------------------------------------------------------------------------------------------------
INSERT INTO organisation (slug, name, acronym, source_language, founding_year, city, country_code,
                          website, contact_email, contact_public,
                          verification_status, verified_at, verified_by, publication_status, demo,
                          created_at, updated_at)
VALUES ('jeunes-artisans-de-paix-mopti', 'Jeunes Artisans de Paix de Mopti', 'JAPM', 'fr', 2008, 'Mopti', 'ML',
        'https://example.org/jeunes-artisans-de-paix-mopti', 'contact-japm@example.org', true,
        'VERIFIED', '2024-03-18 10:00:00+00', 'Demo moderator', 'PUBLISHED', true,
        '2019-02-11 09:00:00+00', '2024-03-18 10:00:00+00');

INSERT INTO organisation_translation (organisation_id, language, name, summary, description)
SELECT o.id, t.language, t.name, t.summary, t.description
FROM organisation o
CROSS JOIN (VALUES
    ('fr',
     'Jeunes Artisans de Paix de Mopti',
     'Organisation fictive de démonstration : association de jeunes de Mopti qui forme des médiateurs de quartier et sensibilise aux dangers des armes légères.',
     E'Les Jeunes Artisans de Paix de Mopti rassemblent des jeunes du delta intérieur du Niger qui veulent empêcher que les tensions entre quartiers, entre pêcheurs et éleveurs ou entre générations ne tournent à la violence.\n\n'
     || E'L''association forme des médiatrices et des médiateurs de quartier, anime des causeries sur les risques liés aux armes légères et organise chaque année une caravane culturelle pour la paix.\n\n'
     || E'Elle est membre du réseau WAANSA.'),
    ('en',
     'Young Peace Artisans of Mopti',
     'Fictional demo organisation: a youth association in Mopti that trains neighbourhood mediators and raises awareness of the dangers of small arms.',
     E'The Young Peace Artisans of Mopti bring together young people from the inner Niger delta who want to stop tensions between neighbourhoods, between fishers and herders, or between generations from turning violent.\n\n'
     || E'The association trains neighbourhood mediators, leads discussion groups on the risks of small arms and organises a yearly cultural caravan for peace.\n\n'
     || E'It is a member of the WAANSA network.')
) AS t(language, name, summary, description)
WHERE o.slug = 'jeunes-artisans-de-paix-mopti';

INSERT INTO activity (organisation_id, level, date_edtf, text, language, position)
SELECT o.id, a.level, a.date_edtf, a.text, 'fr', a.position
FROM organisation o
CROSS JOIN (VALUES
    (1, 'LOCAL', '2009',
     'Formation de vingt médiatrices et médiateurs de quartier dans les communes de Mopti et de Sévaré.'),
    (2, 'LOCAL', '2012-09',
     'Causeries de sensibilisation sur les dangers des armes légères dans les grins de jeunes et les écoles de la ville.'),
    (3, 'NATIONAL', '2016/2018',
     'Caravane culturelle annuelle pour la paix dans les régions de Mopti, de Ségou et de Tombouctou.'),
    (4, 'REGIONAL', '2019-11',
     'Échange d''expériences à Ouagadougou avec des associations de jeunes du Burkina Faso et du Niger.'),
    (5, 'LOCAL', NULL,
     'Permanence d''écoute et de médiation ouverte aux familles chaque samedi.')
) AS a(position, level, date_edtf, text)
WHERE o.slug = 'jeunes-artisans-de-paix-mopti';

INSERT INTO organisation_theme (organisation_id, theme_slug)
SELECT o.id, t.theme_slug
FROM organisation o
CROSS JOIN (VALUES ('youth-peace-and-security'), ('small-arms-control'), ('dialogue-and-mediation')) AS t(theme_slug)
WHERE o.slug = 'jeunes-artisans-de-paix-mopti';

INSERT INTO organisation_country (organisation_id, country_code)
SELECT o.id, c.country_code
FROM organisation o
CROSS JOIN (VALUES ('ML')) AS c(country_code)
WHERE o.slug = 'jeunes-artisans-de-paix-mopti';

-- ----------------------------------------------------------------------------------------------------
-- 2. Fondation Fromager pour la Réconciliation (Ziguinchor, Senegal): fictional; source language fr; not verified; translations: fr
-- ----------------------------------------------------------------------------------------------------
INSERT INTO organisation (slug, name, acronym, source_language, founding_year, city, country_code,
                          website, contact_email, contact_public,
                          verification_status, verified_at, verified_by, publication_status, demo,
                          created_at, updated_at)
VALUES ('fondation-fromager-reconciliation', 'Fondation Fromager pour la Réconciliation', NULL, 'fr', 2003, 'Ziguinchor', 'SN',
        'https://example.org/fondation-fromager', NULL, false,
        'NOT_VERIFIED', NULL, NULL, 'PUBLISHED', true,
        '2019-06-03 09:00:00+00', '2020-01-27 15:30:00+00');

INSERT INTO organisation_translation (organisation_id, language, name, summary, description)
SELECT o.id, t.language, t.name, t.summary, t.description
FROM organisation o
CROSS JOIN (VALUES
    ('fr',
     'Fondation Fromager pour la Réconciliation',
     'Organisation fictive de démonstration : fondation de Ziguinchor qui accompagne le retour des personnes déplacées et la réconciliation entre villages, en s''appuyant surtout sur les femmes.',
     E'La Fondation Fromager pour la Réconciliation tire son nom de l''arbre sous lequel les anciens des villages se réunissent traditionnellement pour régler leurs différends.\n\n'
     || E'Elle accompagne le retour des familles déplacées, organise des rencontres entre villages autrefois opposés et aide à régler les litiges fonciers autour des rizières et des vergers.\n\n'
     || E'Les femmes y jouent un rôle central : elles animent la plupart des cercles de dialogue et siègent au conseil d''administration.')
) AS t(language, name, summary, description)
WHERE o.slug = 'fondation-fromager-reconciliation';

INSERT INTO activity (organisation_id, level, date_edtf, text, language, position)
SELECT o.id, a.level, a.date_edtf, a.text, 'fr', a.position
FROM organisation o
CROSS JOIN (VALUES
    (1, 'LOCAL', '2004',
     'Premiers cercles de dialogue sous l''arbre à palabres de trois villages des environs de Ziguinchor.'),
    (2, 'LOCAL', '2008-03',
     'Médiation d''un litige foncier portant sur des rizières entre deux villages voisins.'),
    (3, 'NATIONAL', '2013/2015',
     'Accompagnement du retour de 150 familles déplacées, en lien avec les autorités locales.'),
    (4, 'REGIONAL', '2017-05',
     'Rencontre transfrontalière de femmes médiatrices avec des associations de Gambie et de Guinée-Bissau.')
) AS a(position, level, date_edtf, text)
WHERE o.slug = 'fondation-fromager-reconciliation';

INSERT INTO organisation_theme (organisation_id, theme_slug)
SELECT o.id, t.theme_slug
FROM organisation o
CROSS JOIN (VALUES ('reconciliation-and-transitional-justice'), ('dialogue-and-mediation'), ('women-peace-and-security'), ('natural-resources-and-conflict')) AS t(theme_slug)
WHERE o.slug = 'fondation-fromager-reconciliation';

INSERT INTO organisation_country (organisation_id, country_code)
SELECT o.id, c.country_code
FROM organisation o
CROSS JOIN (VALUES ('SN'), ('GM'), ('GW')) AS c(country_code)
WHERE o.slug = 'fondation-fromager-reconciliation';

-- ----------------------------------------------------------------------------------------------------
-- 3. Observatoire des Collines pour l'Alerte Précoce (Ouagadougou, Burkina Faso): fictional; source language fr; verified; translations: fr, en
-- ----------------------------------------------------------------------------------------------------
INSERT INTO organisation (slug, name, acronym, source_language, founding_year, city, country_code,
                          website, contact_email, contact_public,
                          verification_status, verified_at, verified_by, publication_status, demo,
                          created_at, updated_at)
VALUES ('observatoire-des-collines-alerte-precoce', 'Observatoire des Collines pour l''Alerte Précoce', 'OCAP', 'fr', 2012, 'Ouagadougou', 'BF',
        'https://example.org/ocap', 'ocap@example.org', false,
        'VERIFIED', '2025-02-10 09:30:00+00', 'Demo moderator', 'PUBLISHED', true,
        '2020-04-14 08:00:00+00', '2025-02-10 09:30:00+00');

INSERT INTO organisation_translation (organisation_id, language, name, summary, description)
SELECT o.id, t.language, t.name, t.summary, t.description
FROM organisation o
CROSS JOIN (VALUES
    ('fr',
     'Observatoire des Collines pour l''Alerte Précoce',
     'Organisation fictive de démonstration : observatoire citoyen qui recueille des signaux d''alerte précoce dans les communes rurales et les transmet aux autorités et aux comités locaux de paix.',
     E'L''Observatoire des Collines pour l''Alerte Précoce s''appuie sur un réseau de correspondants bénévoles installés dans les communes rurales du Burkina Faso. Ils signalent les incidents, les rumeurs et les tensions qui pourraient annoncer des violences.\n\n'
     || E'Les informations sont vérifiées et analysées, puis transmises aux autorités administratives et aux comités locaux de paix. L''Observatoire publie aussi des notes sur la gouvernance de la sécurité et sur les politiques de prévention de l''extrémisme violent.\n\n'
     || E'Il est membre du réseau WAANSA.'),
    ('en',
     'Hills Observatory for Early Warning',
     'Fictional demo organisation: a citizen observatory that gathers early-warning signals in rural communes and passes them on to the authorities and to local peace committees.',
     E'The Hills Observatory for Early Warning relies on a network of volunteer correspondents in rural communes across Burkina Faso. They report incidents, rumours and tensions that could be the first signs of violence.\n\n'
     || E'The information is checked and analysed, then passed on to local administrators and local peace committees. The Observatory also publishes notes on security governance and on policies to prevent violent extremism.\n\n'
     || E'It is a member of the WAANSA network.')
) AS t(language, name, summary, description)
WHERE o.slug = 'observatoire-des-collines-alerte-precoce';

INSERT INTO activity (organisation_id, level, date_edtf, text, language, position)
SELECT o.id, a.level, a.date_edtf, a.text, 'fr', a.position
FROM organisation o
CROSS JOIN (VALUES
    (1, 'LOCAL', '2013',
     'Recrutement et formation des quarante premiers correspondants communaux.'),
    (2, 'NATIONAL', '2015-06',
     'Lancement d''une ligne gratuite de signalement des incidents, accessible par SMS.'),
    (3, 'NATIONAL', '2018/2020',
     'Publication de bulletins trimestriels sur la situation sécuritaire dans les régions frontalières.'),
    (4, 'REGIONAL', '2021-03',
     'Atelier commun avec des organisations du Mali et du Niger pour harmoniser les indicateurs d''alerte précoce.'),
    (5, 'INTERNATIONAL', '2023-10',
     'Contribution écrite à une consultation internationale sur la prévention de l''extrémisme violent au Sahel.'),
    (6, 'NATIONAL', NULL,
     'Appui continu aux comités locaux de paix pour l''analyse des alertes reçues.')
) AS a(position, level, date_edtf, text)
WHERE o.slug = 'observatoire-des-collines-alerte-precoce';

INSERT INTO organisation_theme (organisation_id, theme_slug)
SELECT o.id, t.theme_slug
FROM organisation o
CROSS JOIN (VALUES ('early-warning'), ('conflict-prevention'), ('security-governance'), ('counter-terrorism-policy')) AS t(theme_slug)
WHERE o.slug = 'observatoire-des-collines-alerte-precoce';

INSERT INTO organisation_country (organisation_id, country_code)
SELECT o.id, c.country_code
FROM organisation o
CROSS JOIN (VALUES ('BF'), ('ML'), ('NE')) AS c(country_code)
WHERE o.slug = 'observatoire-des-collines-alerte-precoce';

-- ----------------------------------------------------------------------------------------------------
-- 4. Collectif des Femmes Tisserandes de Paix (Niamey, Niger): fictional; source language fr; not verified; translations: fr, en
-- ----------------------------------------------------------------------------------------------------
INSERT INTO organisation (slug, name, acronym, source_language, founding_year, city, country_code,
                          website, contact_email, contact_public,
                          verification_status, verified_at, verified_by, publication_status, demo,
                          created_at, updated_at)
VALUES ('femmes-tisserandes-de-paix', 'Collectif des Femmes Tisserandes de Paix', 'CFTP', 'fr', 2010, 'Niamey', 'NE',
        NULL, NULL, false,
        'NOT_VERIFIED', NULL, NULL, 'PUBLISHED', true,
        '2019-09-09 10:00:00+00', '2021-07-05 11:15:00+00');

INSERT INTO organisation_translation (organisation_id, language, name, summary, description)
SELECT o.id, t.language, t.name, t.summary, t.description
FROM organisation o
CROSS JOIN (VALUES
    ('fr',
     'Collectif des Femmes Tisserandes de Paix',
     'Organisation fictive de démonstration : collectif de groupements féminins de Niamey qui alerte les familles sur les risques des armes légères et mène des activités d''éducation à la paix.',
     E'Le Collectif des Femmes Tisserandes de Paix réunit une trentaine de groupements féminins de Niamey et de sa région. Son nom rappelle les métiers à tisser autour desquels se sont tenues ses premières réunions.\n\n'
     || E'Le Collectif sensibilise les mères et les familles aux dangers des armes légères gardées dans les foyers, anime des clubs de paix dans les écoles et défend la place des femmes dans les instances locales de sécurité.\n\n'
     || E'Il est membre des réseaux WAANSA et IANSA ainsi que du Demo Network for Peace Education.'),
    ('en',
     'Women Weavers of Peace Collective',
     'Fictional demo organisation: a collective of women''s groups in Niamey that alerts families to the risks of small arms and runs peace education activities.',
     E'The Women Weavers of Peace Collective brings together some thirty women''s groups from Niamey and the surrounding region. Its name recalls the looms around which its first meetings took place.\n\n'
     || E'The Collective makes mothers and families aware of the dangers of small arms kept at home, runs peace clubs in schools and presses for women to have a seat on local security bodies.\n\n'
     || E'It is a member of the WAANSA and IANSA networks and of the Demo Network for Peace Education.')
) AS t(language, name, summary, description)
WHERE o.slug = 'femmes-tisserandes-de-paix';

INSERT INTO activity (organisation_id, level, date_edtf, text, language, position)
SELECT o.id, a.level, a.date_edtf, a.text, 'fr', a.position
FROM organisation o
CROSS JOIN (VALUES
    (1, 'LOCAL', '2011',
     'Campagne de porte-à-porte sur les risques liés aux armes gardées dans les foyers, dans cinq quartiers de Niamey.'),
    (2, 'NATIONAL', '2014-03',
     'Création de clubs de paix dans douze écoles primaires de Niamey et de Dosso.'),
    (3, 'REGIONAL', '2016/2017',
     'Participation à un programme ouest-africain d''échanges entre organisations de femmes engagées contre la prolifération des armes légères.'),
    (4, 'INTERNATIONAL', '2018-06',
     'Témoignage lors d''une conférence internationale sur le rôle des femmes dans le contrôle des armes légères.')
) AS a(position, level, date_edtf, text)
WHERE o.slug = 'femmes-tisserandes-de-paix';

INSERT INTO organisation_theme (organisation_id, theme_slug)
SELECT o.id, t.theme_slug
FROM organisation o
CROSS JOIN (VALUES ('women-peace-and-security'), ('small-arms-control'), ('peace-education')) AS t(theme_slug)
WHERE o.slug = 'femmes-tisserandes-de-paix';

INSERT INTO organisation_country (organisation_id, country_code)
SELECT o.id, c.country_code
FROM organisation o
CROSS JOIN (VALUES ('NE')) AS c(country_code)
WHERE o.slug = 'femmes-tisserandes-de-paix';

-- ----------------------------------------------------------------------------------------------------
-- 5. Centre Lagune pour la Réinsertion (Bouaké, Côte d'Ivoire): fictional; source language fr; verified; translations: fr, en
-- ----------------------------------------------------------------------------------------------------
INSERT INTO organisation (slug, name, acronym, source_language, founding_year, city, country_code,
                          website, contact_email, contact_public,
                          verification_status, verified_at, verified_by, publication_status, demo,
                          created_at, updated_at)
VALUES ('centre-lagune-reinsertion', 'Centre Lagune pour la Réinsertion', 'CLR', 'fr', 2004, 'Bouaké', 'CI',
        'https://example.org/centre-lagune', NULL, false,
        'VERIFIED', '2022-11-21 14:00:00+00', 'Demo moderator', 'PUBLISHED', true,
        '2019-03-25 09:00:00+00', '2022-11-21 14:00:00+00');

INSERT INTO organisation_translation (organisation_id, language, name, summary, description)
SELECT o.id, t.language, t.name, t.summary, t.description
FROM organisation o
CROSS JOIN (VALUES
    ('fr',
     'Centre Lagune pour la Réinsertion',
     'Organisation fictive de démonstration : centre de Bouaké qui aide d''anciens combattants et des jeunes exposés à la violence à retrouver leur place dans la communauté grâce à la formation professionnelle.',
     E'Le Centre Lagune pour la Réinsertion est né pendant les années de crise qu''a traversées la Côte d''Ivoire au début des années 2000. Il accueille d''anciens combattants et des jeunes exposés à la violence.\n\n'
     || E'Le Centre propose des formations professionnelles courtes (menuiserie, mécanique, couture, agriculture), un accompagnement psychosocial et des rencontres avec les communautés d''accueil pour favoriser la réconciliation.\n\n'
     || E'Il est membre du Demo Network for Peace Education.'),
    ('en',
     'Lagoon Centre for Reintegration',
     'Fictional demo organisation: a centre in Bouaké that helps former combatants and young people exposed to violence find their place in the community again through vocational training.',
     E'The Lagoon Centre for Reintegration was founded during the years of crisis that Côte d''Ivoire went through in the early 2000s. It welcomes former combatants and young people exposed to violence.\n\n'
     || E'The Centre offers short vocational courses (carpentry, mechanics, tailoring, farming), psychosocial support and meetings with host communities to encourage reconciliation.\n\n'
     || E'It is a member of the Demo Network for Peace Education.')
) AS t(language, name, summary, description)
WHERE o.slug = 'centre-lagune-reinsertion';

INSERT INTO activity (organisation_id, level, date_edtf, text, language, position)
SELECT o.id, a.level, a.date_edtf, a.text, 'fr', a.position
FROM organisation o
CROSS JOIN (VALUES
    (1, 'LOCAL', '2005',
     'Ouverture d''un atelier de menuiserie pour vingt-cinq jeunes anciens combattants.'),
    (2, 'NATIONAL', '2008/2011',
     'Programme de réinsertion de 400 ex-combattants dans le centre et le nord du pays, en lien avec les autorités locales.'),
    (3, 'LOCAL', '2012-02',
     'Journées de réconciliation entre anciens combattants et habitants de trois quartiers de Bouaké.'),
    (4, 'NATIONAL', '2019-09',
     'Lancement d''un programme de formation agricole destiné aux jeunes sans emploi.'),
    (5, 'LOCAL', NULL,
     'Accompagnement psychosocial individuel et en groupe, toute l''année.')
) AS a(position, level, date_edtf, text)
WHERE o.slug = 'centre-lagune-reinsertion';

INSERT INTO organisation_theme (organisation_id, theme_slug)
SELECT o.id, t.theme_slug
FROM organisation o
CROSS JOIN (VALUES ('disarmament-demobilisation-reintegration'), ('youth-peace-and-security'), ('reconciliation-and-transitional-justice')) AS t(theme_slug)
WHERE o.slug = 'centre-lagune-reinsertion';

INSERT INTO organisation_country (organisation_id, country_code)
SELECT o.id, c.country_code
FROM organisation o
CROSS JOIN (VALUES ('CI')) AS c(country_code)
WHERE o.slug = 'centre-lagune-reinsertion';

-- ----------------------------------------------------------------------------------------------------
-- 6. Grands Lacs Ressources et Paix (Goma, DR Congo): fictional; source language fr; not verified; translations: fr, en
-- ----------------------------------------------------------------------------------------------------
INSERT INTO organisation (slug, name, acronym, source_language, founding_year, city, country_code,
                          website, contact_email, contact_public,
                          verification_status, verified_at, verified_by, publication_status, demo,
                          created_at, updated_at)
VALUES ('grands-lacs-ressources-et-paix', 'Grands Lacs Ressources et Paix', 'GLRP', 'fr', 2009, 'Goma', 'CD',
        'https://example.org/grands-lacs-ressources-et-paix', NULL, false,
        'NOT_VERIFIED', NULL, NULL, 'PUBLISHED', true,
        '2020-08-17 07:45:00+00', '2023-05-30 12:00:00+00');

INSERT INTO organisation_translation (organisation_id, language, name, summary, description)
SELECT o.id, t.language, t.name, t.summary, t.description
FROM organisation o
CROSS JOIN (VALUES
    ('fr',
     'Grands Lacs Ressources et Paix',
     'Organisation fictive de démonstration : organisation de Goma qui documente les liens entre exploitation minière, droits humains et conflits, et apporte une aide d''urgence aux personnes déplacées.',
     E'Grands Lacs Ressources et Paix étudie la manière dont l''exploitation des minerais et des terres alimente les conflits dans l''est de la République démocratique du Congo et dans les pays voisins.\n\n'
     || E'L''organisation documente les atteintes aux droits humains dans les zones minières, accompagne les communautés dans leurs démarches auprès des autorités et plaide pour une meilleure traçabilité des minerais.\n\n'
     || E'Quand les violences poussent des familles à fuir, ses équipes participent aussi à la distribution de l''aide d''urgence.'),
    ('en',
     'Great Lakes Resources and Peace',
     'Fictional demo organisation: a Goma-based organisation that documents the links between mining, human rights and conflict, and provides emergency relief to displaced people.',
     E'Great Lakes Resources and Peace studies how the exploitation of minerals and land feeds conflict in the east of the Democratic Republic of the Congo and in neighbouring countries.\n\n'
     || E'The organisation documents human rights abuses in mining areas, supports communities in their dealings with the authorities and campaigns for minerals to be better traced.\n\n'
     || E'When violence forces families to flee, its teams also help to distribute emergency aid.')
) AS t(language, name, summary, description)
WHERE o.slug = 'grands-lacs-ressources-et-paix';

INSERT INTO activity (organisation_id, level, date_edtf, text, language, position)
SELECT o.id, a.level, a.date_edtf, a.text, 'fr', a.position
FROM organisation o
CROSS JOIN (VALUES
    (1, 'LOCAL', '2010',
     'Enquête sur les conditions de travail et de sécurité dans une dizaine de sites miniers artisanaux du Nord-Kivu.'),
    (2, 'NATIONAL', '2013-11',
     'Publication d''un rapport sur les atteintes aux droits humains liées à l''exploitation minière.'),
    (3, 'REGIONAL', '2015/2016',
     'Dialogue transfrontalier avec des organisations du Rwanda et de l''Ouganda sur le commerce des minerais.'),
    (4, 'LOCAL', '2020-02',
     'Distribution de kits d''urgence à des familles déplacées autour de Goma.'),
    (5, 'INTERNATIONAL', '2022-04',
     'Intervention lors d''une réunion internationale sur le devoir de vigilance des entreprises dans l''approvisionnement en minerais.'),
    (6, 'LOCAL', NULL,
     'Permanence juridique pour les communautés riveraines des sites miniers.')
) AS a(position, level, date_edtf, text)
WHERE o.slug = 'grands-lacs-ressources-et-paix';

INSERT INTO organisation_theme (organisation_id, theme_slug)
SELECT o.id, t.theme_slug
FROM organisation o
CROSS JOIN (VALUES ('natural-resources-and-conflict'), ('human-rights'), ('humanitarian-response')) AS t(theme_slug)
WHERE o.slug = 'grands-lacs-ressources-et-paix';

INSERT INTO organisation_country (organisation_id, country_code)
SELECT o.id, c.country_code
FROM organisation o
CROSS JOIN (VALUES ('CD'), ('RW'), ('UG')) AS c(country_code)
WHERE o.slug = 'grands-lacs-ressources-et-paix';

-- ----------------------------------------------------------------------------------------------------
-- 7. Andean Bridges for Reconciliation (Bogotá, Colombia): fictional; source language en; verified; translations: en, fr
-- ----------------------------------------------------------------------------------------------------
INSERT INTO organisation (slug, name, acronym, source_language, founding_year, city, country_code,
                          website, contact_email, contact_public,
                          verification_status, verified_at, verified_by, publication_status, demo,
                          created_at, updated_at)
VALUES ('andean-bridges-reconciliation', 'Andean Bridges for Reconciliation', 'ABR', 'en', 2011, 'Bogotá', 'CO',
        'https://example.org/andean-bridges', NULL, false,
        'VERIFIED', '2026-01-12 16:45:00+00', 'Demo moderator', 'PUBLISHED', true,
        '2021-01-19 14:00:00+00', '2026-01-12 16:45:00+00');

INSERT INTO organisation_translation (organisation_id, language, name, summary, description)
SELECT o.id, t.language, t.name, t.summary, t.description
FROM organisation o
CROSS JOIN (VALUES
    ('en',
     'Andean Bridges for Reconciliation',
     'Fictional demo organisation: a Colombian organisation that supports victims, former combatants and host communities through truth-telling, remembrance and reintegration.',
     E'Andean Bridges for Reconciliation works in rural areas of Colombia that were hit hard by the armed conflict. It brings together victims, former combatants and the communities that take them in, so that they can talk about the past and plan a shared future.\n\n'
     || E'The organisation helps victims record what happened to them and claim their rights, runs community memory projects and supports former combatants who are rebuilding their lives through farming cooperatives.\n\n'
     || E'Its team includes lawyers, psychologists and community facilitators.'),
    ('fr',
     'Ponts andins pour la réconciliation',
     'Organisation fictive de démonstration : organisation colombienne qui accompagne victimes, anciens combattants et communautés d''accueil dans des démarches de vérité, de mémoire et de réintégration.',
     E'Ponts andins pour la réconciliation intervient dans des zones rurales de Colombie durement touchées par le conflit armé. Elle réunit les victimes, les anciens combattants et les communautés qui les accueillent pour qu''ils puissent parler du passé et construire un avenir commun.\n\n'
     || E'L''organisation aide les victimes à consigner ce qu''elles ont vécu et à faire valoir leurs droits, anime des projets de mémoire collective et soutient les anciens combattants qui reconstruisent leur vie au sein de coopératives agricoles.\n\n'
     || E'Son équipe compte des juristes, des psychologues et des animateurs communautaires.')
) AS t(language, name, summary, description)
WHERE o.slug = 'andean-bridges-reconciliation';

INSERT INTO activity (organisation_id, level, date_edtf, text, language, position)
SELECT o.id, a.level, a.date_edtf, a.text, 'en', a.position
FROM organisation o
CROSS JOIN (VALUES
    (1, 'LOCAL', '2012',
     'Ran its first community memory workshop in a village in the Montes de María region.'),
    (2, 'NATIONAL', '2016-11',
     'Held public forums in four departments to explain the peace agreement to rural communities.'),
    (3, 'NATIONAL', '2017/2019',
     'Supported three farming cooperatives run jointly by former combatants and local families.'),
    (4, 'REGIONAL', '2020-08',
     'Shared its methods with memory initiatives from Peru and Guatemala at an online Latin American meeting.'),
    (5, 'INTERNATIONAL', '2023-03',
     'Presented victims'' testimonies at a side event of an international human rights session in Geneva.')
) AS a(position, level, date_edtf, text)
WHERE o.slug = 'andean-bridges-reconciliation';

INSERT INTO organisation_theme (organisation_id, theme_slug)
SELECT o.id, t.theme_slug
FROM organisation o
CROSS JOIN (VALUES ('reconciliation-and-transitional-justice'), ('human-rights'), ('disarmament-demobilisation-reintegration')) AS t(theme_slug)
WHERE o.slug = 'andean-bridges-reconciliation';

INSERT INTO organisation_country (organisation_id, country_code)
SELECT o.id, c.country_code
FROM organisation o
CROSS JOIN (VALUES ('CO')) AS c(country_code)
WHERE o.slug = 'andean-bridges-reconciliation';

-- ----------------------------------------------------------------------------------------------------
-- 8. Lantern Circle for Interfaith Dialogue (Cotabato City, Philippines): fictional; source language en; not verified; translations: en
-- ----------------------------------------------------------------------------------------------------
INSERT INTO organisation (slug, name, acronym, source_language, founding_year, city, country_code,
                          website, contact_email, contact_public,
                          verification_status, verified_at, verified_by, publication_status, demo,
                          created_at, updated_at)
VALUES ('lantern-circle-interfaith-dialogue', 'Lantern Circle for Interfaith Dialogue', NULL, 'en', 2001, 'Cotabato City', 'PH',
        NULL, NULL, false,
        'NOT_VERIFIED', NULL, NULL, 'PUBLISHED', true,
        '2019-05-06 03:00:00+00', '2019-10-28 05:20:00+00');

INSERT INTO organisation_translation (organisation_id, language, name, summary, description)
SELECT o.id, t.language, t.name, t.summary, t.description
FROM organisation o
CROSS JOIN (VALUES
    ('en',
     'Lantern Circle for Interfaith Dialogue',
     'Fictional demo organisation: a Mindanao circle of Muslim, Christian and Indigenous leaders who meet to defuse tensions, share early warnings and help communities hit by floods or displacement.',
     E'The Lantern Circle for Interfaith Dialogue brings together imams, priests, pastors and Indigenous elders from across central Mindanao. They meet every month to talk through rumours and local disputes before they turn violent.\n\n'
     || E'Members pass early warnings on to local authorities and mediate between feuding families and clans. When floods or fighting drive people from their homes, the Circle turns its places of worship into relief points.\n\n'
     || E'Its name comes from the lanterns lit at the close of each meeting.')
) AS t(language, name, summary, description)
WHERE o.slug = 'lantern-circle-interfaith-dialogue';

INSERT INTO activity (organisation_id, level, date_edtf, text, language, position)
SELECT o.id, a.level, a.date_edtf, a.text, 'en', a.position
FROM organisation o
CROSS JOIN (VALUES
    (1, 'LOCAL', '2002',
     'Held its first monthly dialogue meeting in Cotabato City with twelve religious leaders.'),
    (2, 'LOCAL', '2009-07',
     'Mediated a land dispute between two clans in a neighbouring municipality.'),
    (3, 'NATIONAL', '2014/2015',
     'Trained eighty community monitors to report early signs of tension to local authorities.'),
    (4, 'LOCAL', '2017-06',
     'Opened mosques and churches as relief points for families displaced by fighting.'),
    (5, 'INTERNATIONAL', NULL,
     'Hosts interfaith study visits from peace groups in other Southeast Asian countries.')
) AS a(position, level, date_edtf, text)
WHERE o.slug = 'lantern-circle-interfaith-dialogue';

INSERT INTO organisation_theme (organisation_id, theme_slug)
SELECT o.id, t.theme_slug
FROM organisation o
CROSS JOIN (VALUES ('interfaith-dialogue'), ('dialogue-and-mediation'), ('early-warning'), ('humanitarian-response')) AS t(theme_slug)
WHERE o.slug = 'lantern-circle-interfaith-dialogue';

INSERT INTO organisation_country (organisation_id, country_code)
SELECT o.id, c.country_code
FROM organisation o
CROSS JOIN (VALUES ('PH')) AS c(country_code)
WHERE o.slug = 'lantern-circle-interfaith-dialogue';

-- ----------------------------------------------------------------------------------------------------
-- 9. Demo Network for Peace Education (Nairobi, Kenya): fictional; source language en; verified; translations: en, fr
-- ----------------------------------------------------------------------------------------------------
INSERT INTO organisation (slug, name, acronym, source_language, founding_year, city, country_code,
                          website, contact_email, contact_public,
                          verification_status, verified_at, verified_by, publication_status, demo,
                          created_at, updated_at)
VALUES ('demo-network-for-peace-education', 'Demo Network for Peace Education', 'DNPE', 'en', 2014, 'Nairobi', 'KE',
        'https://example.org/demo-network-for-peace-education', 'secretariat-dnpe@example.org', true,
        'VERIFIED', '2025-09-03 11:00:00+00', 'Demo moderator', 'PUBLISHED', true,
        '2019-01-21 08:30:00+00', '2025-09-03 11:00:00+00');

INSERT INTO organisation_translation (organisation_id, language, name, summary, description)
SELECT o.id, t.language, t.name, t.summary, t.description
FROM organisation o
CROSS JOIN (VALUES
    ('en',
     'Demo Network for Peace Education',
     'Fictional demo organisation: a network of schools, youth groups and faith-based educators in Africa and Europe that pool curricula and training for teaching peace.',
     E'The Demo Network for Peace Education links schools, youth groups and faith-based educators who teach non-violence, conflict resolution and respect between communities. Its secretariat is in Nairobi.\n\n'
     || E'Members share lesson plans, train teachers together and organise exchanges between young people from different countries. The network also publishes a free peace education toolkit in English and French.\n\n'
     || E'Several organisations listed in this directory are among its members.'),
    ('fr',
     'Réseau de démonstration pour l''éducation à la paix',
     'Organisation fictive de démonstration : réseau d''écoles, de groupes de jeunes et d''éducateurs confessionnels d''Afrique et d''Europe qui mettent en commun programmes et formations pour enseigner la paix.',
     E'Le Réseau de démonstration pour l''éducation à la paix relie des écoles, des groupes de jeunes et des éducateurs confessionnels qui enseignent la non-violence, la résolution des conflits et le respect entre communautés. Son secrétariat est installé à Nairobi.\n\n'
     || E'Ses membres partagent des séquences pédagogiques, forment ensemble des enseignants et organisent des échanges entre jeunes de différents pays. Le réseau publie aussi une boîte à outils gratuite d''éducation à la paix, en anglais et en français.\n\n'
     || E'Plusieurs organisations présentes dans cet annuaire en sont membres.')
) AS t(language, name, summary, description)
WHERE o.slug = 'demo-network-for-peace-education';

INSERT INTO activity (organisation_id, level, date_edtf, text, language, position)
SELECT o.id, a.level, a.date_edtf, a.text, 'en', a.position
FROM organisation o
CROSS JOIN (VALUES
    (1, 'REGIONAL', '2015',
     'Brought together forty teachers from Kenya, Uganda and Tanzania for a first peace education training course.'),
    (2, 'INTERNATIONAL', '2017-04',
     'Published a free peace education toolkit in English and French.'),
    (3, 'NATIONAL', '2018/2019',
     'Ran interfaith youth camps in three Kenyan counties.'),
    (4, 'INTERNATIONAL', '2021-09',
     'Organised an online exchange between youth peace clubs in Niger, Côte d''Ivoire, Kenya and France.'),
    (5, 'LOCAL', '2024-02-19',
     'Opened a resource centre for teachers at its Nairobi secretariat.'),
    (6, 'REGIONAL', NULL,
     'Coordinates a yearly peer review of its members'' teaching materials.')
) AS a(position, level, date_edtf, text)
WHERE o.slug = 'demo-network-for-peace-education';

INSERT INTO organisation_theme (organisation_id, theme_slug)
SELECT o.id, t.theme_slug
FROM organisation o
CROSS JOIN (VALUES ('peace-education'), ('youth-peace-and-security'), ('interfaith-dialogue')) AS t(theme_slug)
WHERE o.slug = 'demo-network-for-peace-education';

INSERT INTO organisation_country (organisation_id, country_code)
SELECT o.id, c.country_code
FROM organisation o
CROSS JOIN (VALUES ('KE'), ('UG'), ('TZ')) AS c(country_code)
WHERE o.slug = 'demo-network-for-peace-education';

-- ----------------------------------------------------------------------------------------------------
-- 10. Borderlands Pastoralist Peace Forum (Lodwar, Kenya): fictional; source language en; not verified; translations: en
-- ----------------------------------------------------------------------------------------------------
INSERT INTO organisation (slug, name, acronym, source_language, founding_year, city, country_code,
                          website, contact_email, contact_public,
                          verification_status, verified_at, verified_by, publication_status, demo,
                          created_at, updated_at)
VALUES ('borderlands-pastoralist-peace-forum', 'Borderlands Pastoralist Peace Forum', 'BPPF', 'en', 2006, 'Lodwar', 'KE',
        'https://example.org/borderlands-pastoralist-peace-forum', NULL, false,
        'NOT_VERIFIED', NULL, NULL, 'PUBLISHED', true,
        '2020-10-05 06:00:00+00', '2022-03-14 07:10:00+00');

INSERT INTO organisation_translation (organisation_id, language, name, summary, description)
SELECT o.id, t.language, t.name, t.summary, t.description
FROM organisation o
CROSS JOIN (VALUES
    ('en',
     'Borderlands Pastoralist Peace Forum',
     'Fictional demo organisation: a forum of pastoralist elders, women and youth in north-western Kenya that works to prevent cattle-raiding violence, reduce illicit guns and share grazing and water fairly.',
     E'The Borderlands Pastoralist Peace Forum works where Kenya meets Uganda, South Sudan and Ethiopia, in areas where drought, competition for grazing and water, and the spread of small arms fuel deadly cattle raids.\n\n'
     || E'The Forum brings elders, women and young herders from neighbouring communities together to agree on how to share pasture and water points, to return stolen livestock and to hand in illicit weapons.\n\n'
     || E'Its volunteer peace monitors raise the alarm when tensions rise, so that elders and local authorities can step in early.')
) AS t(language, name, summary, description)
WHERE o.slug = 'borderlands-pastoralist-peace-forum';

INSERT INTO activity (organisation_id, level, date_edtf, text, language, position)
SELECT o.id, a.level, a.date_edtf, a.text, 'en', a.position
FROM organisation o
CROSS JOIN (VALUES
    (1, 'LOCAL', '2007',
     'Negotiated a first agreement on sharing grazing land between two neighbouring pastoralist communities.'),
    (2, 'REGIONAL', '2010-01',
     'Held a cross-border peace meeting with communities from Uganda and South Sudan.'),
    (3, 'NATIONAL', '2012/2014',
     'Supported a voluntary community campaign to hand in illicit small arms.'),
    (4, 'LOCAL', '2017-08',
     'Set up a network of volunteer peace monitors along livestock migration routes.'),
    (5, 'INTERNATIONAL', '2019-06',
     'Presented lessons on pastoralist conflict and small arms at an international civil-society meeting.')
) AS a(position, level, date_edtf, text)
WHERE o.slug = 'borderlands-pastoralist-peace-forum';

INSERT INTO organisation_theme (organisation_id, theme_slug)
SELECT o.id, t.theme_slug
FROM organisation o
CROSS JOIN (VALUES ('natural-resources-and-conflict'), ('small-arms-control'), ('early-warning'), ('conflict-prevention')) AS t(theme_slug)
WHERE o.slug = 'borderlands-pastoralist-peace-forum';

INSERT INTO organisation_country (organisation_id, country_code)
SELECT o.id, c.country_code
FROM organisation o
CROSS JOIN (VALUES ('KE'), ('UG'), ('SS'), ('ET')) AS c(country_code)
WHERE o.slug = 'borderlands-pastoralist-peace-forum';

-- ----------------------------------------------------------------------------------------------------
-- 11. Maison Rhône-Sahel pour la Paix (Lyon, France): fictional; source language fr; verified; translations: fr, en
-- ----------------------------------------------------------------------------------------------------
INSERT INTO organisation (slug, name, acronym, source_language, founding_year, city, country_code,
                          website, contact_email, contact_public,
                          verification_status, verified_at, verified_by, publication_status, demo,
                          created_at, updated_at)
VALUES ('maison-rhone-sahel-pour-la-paix', 'Maison Rhône-Sahel pour la Paix', 'MRSP', 'fr', 1995, 'Lyon', 'FR',
        'https://example.org/maison-rhone-sahel', 'info-mrsp@example.org', true,
        'VERIFIED', '2023-09-25 08:15:00+00', 'Demo moderator', 'PUBLISHED', true,
        '2019-11-04 10:00:00+00', '2023-09-25 08:15:00+00');

INSERT INTO organisation_translation (organisation_id, language, name, summary, description)
SELECT o.id, t.language, t.name, t.summary, t.description
FROM organisation o
CROSS JOIN (VALUES
    ('fr',
     'Maison Rhône-Sahel pour la Paix',
     'Organisation fictive de démonstration : association lyonnaise qui mène, avec des partenaires locaux, des recherches et des formations sur la gouvernance de la sécurité et la prévention de l''extrémisme violent au Sahel.',
     E'La Maison Rhône-Sahel pour la Paix est une association fondée à Lyon par des chercheurs, des enseignants et des membres des diasporas malienne, burkinabè et nigérienne.\n\n'
     || E'Elle mène des recherches participatives sur la gouvernance de la sécurité et sur les politiques de lutte contre le terrorisme, en veillant à faire entendre la voix des populations concernées. Elle forme aussi des enseignants et des animateurs à l''éducation à la paix, en France comme au Sahel.\n\n'
     || E'Elle est membre fondateur du Demo Network for Peace Education et membre du réseau IANSA.'),
    ('en',
     'Rhône-Sahel House for Peace',
     'Fictional demo organisation: a Lyon-based association that works with local partners on research and training in security governance and the prevention of violent extremism in the Sahel.',
     E'The Rhône-Sahel House for Peace is an association founded in Lyon by researchers, teachers and members of the Malian, Burkinabe and Nigerien diasporas.\n\n'
     || E'It carries out participatory research on security governance and counter-terrorism policy, making sure that the people affected are heard. It also trains teachers and youth workers in peace education, in France and in the Sahel.\n\n'
     || E'It is a founding member of the Demo Network for Peace Education and a member of IANSA.')
) AS t(language, name, summary, description)
WHERE o.slug = 'maison-rhone-sahel-pour-la-paix';

INSERT INTO activity (organisation_id, level, date_edtf, text, language, position)
SELECT o.id, a.level, a.date_edtf, a.text, 'fr', a.position
FROM organisation o
CROSS JOIN (VALUES
    (1, 'LOCAL', '1996',
     'Premier cycle de conférences publiques à Lyon sur les conflits au Sahel.'),
    (2, 'INTERNATIONAL', '2009/2011',
     'Recherche participative avec des partenaires maliens et burkinabè sur la perception de la sécurité par les habitants des zones frontalières.'),
    (3, 'NATIONAL', '2015-01',
     'Formation d''enseignants en France à l''éducation à la paix et à la prévention de la radicalisation.'),
    (4, 'REGIONAL', '2018-10',
     'Séminaire européen sur la place de la société civile dans les politiques de lutte contre le terrorisme au Sahel.'),
    (5, 'INTERNATIONAL', '2022-05',
     'Coorganisation à Niamey d''un atelier sur la gouvernance de la sécurité avec des organisations nigériennes.'),
    (6, 'LOCAL', NULL,
     'Centre de documentation ouvert au public deux jours par semaine.')
) AS a(position, level, date_edtf, text)
WHERE o.slug = 'maison-rhone-sahel-pour-la-paix';

INSERT INTO organisation_theme (organisation_id, theme_slug)
SELECT o.id, t.theme_slug
FROM organisation o
CROSS JOIN (VALUES ('security-governance'), ('counter-terrorism-policy'), ('peace-education')) AS t(theme_slug)
WHERE o.slug = 'maison-rhone-sahel-pour-la-paix';

INSERT INTO organisation_country (organisation_id, country_code)
SELECT o.id, c.country_code
FROM organisation o
CROSS JOIN (VALUES ('FR'), ('ML'), ('BF'), ('NE')) AS c(country_code)
WHERE o.slug = 'maison-rhone-sahel-pour-la-paix';

-- ----------------------------------------------------------------------------------------------------
-- 12. Association des Femmes Médiatrices du Mandé (Bamako, Mali): fictional; source language fr; not verified; translations: fr, en
-- ----------------------------------------------------------------------------------------------------
INSERT INTO organisation (slug, name, acronym, source_language, founding_year, city, country_code,
                          website, contact_email, contact_public,
                          verification_status, verified_at, verified_by, publication_status, demo,
                          created_at, updated_at)
VALUES ('femmes-mediatrices-du-mande', 'Association des Femmes Médiatrices du Mandé', 'AFMM', 'fr', 2015, 'Bamako', 'ML',
        NULL, 'afmm@example.org', false,
        'NOT_VERIFIED', NULL, NULL, 'PUBLISHED', true,
        '2021-06-14 09:00:00+00', '2026-10-02 10:40:00+00');

INSERT INTO organisation_translation (organisation_id, language, name, summary, description)
SELECT o.id, t.language, t.name, t.summary, t.description
FROM organisation o
CROSS JOIN (VALUES
    ('fr',
     'Association des Femmes Médiatrices du Mandé',
     'Organisation fictive de démonstration : association de femmes de Bamako qui assure la médiation de conflits familiaux et fonciers, défend les droits des femmes et sensibilise contre la circulation des armes légères.',
     E'L''Association des Femmes Médiatrices du Mandé regroupe des femmes leaders de Bamako et des cercles voisins, formées à la médiation et au droit.\n\n'
     || E'Elles interviennent dans les conflits familiaux, fonciers et de voisinage, accompagnent les femmes victimes de violences dans leurs démarches et sensibilisent les quartiers aux dangers de la circulation des armes légères.\n\n'
     || E'L''association est membre du réseau WAANSA.'),
    ('en',
     'Association of Women Mediators of the Mandé',
     'Fictional demo organisation: a women''s association in Bamako that mediates family and land disputes, defends women''s rights and campaigns against the circulation of small arms.',
     E'The Association of Women Mediators of the Mandé brings together women leaders from Bamako and the surrounding districts who have been trained in mediation and in the law.\n\n'
     || E'They step in to settle family, land and neighbourhood disputes, support women who have suffered violence as they seek justice, and make neighbourhoods aware of the dangers of small arms in circulation.\n\n'
     || E'The association is a member of the WAANSA network.')
) AS t(language, name, summary, description)
WHERE o.slug = 'femmes-mediatrices-du-mande';

INSERT INTO activity (organisation_id, level, date_edtf, text, language, position)
SELECT o.id, a.level, a.date_edtf, a.text, 'fr', a.position
FROM organisation o
CROSS JOIN (VALUES
    (1, 'LOCAL', '2016',
     'Formation de trente femmes leaders aux techniques de médiation et aux bases du droit foncier.'),
    (2, 'LOCAL', '2018-04',
     'Ouverture d''un point d''écoute pour les femmes victimes de violences en commune IV du district de Bamako.'),
    (3, 'NATIONAL', '2020/2021',
     'Campagne radiophonique en bambara et en français sur les dangers des armes légères dans les foyers.'),
    (4, 'REGIONAL', '2023-03',
     'Échange d''expériences avec des associations de femmes médiatrices du Sénégal et de Guinée.'),
    (5, 'NATIONAL', NULL,
     'Plaidoyer pour la participation des femmes aux commissions foncières locales.')
) AS a(position, level, date_edtf, text)
WHERE o.slug = 'femmes-mediatrices-du-mande';

INSERT INTO organisation_theme (organisation_id, theme_slug)
SELECT o.id, t.theme_slug
FROM organisation o
CROSS JOIN (VALUES ('women-peace-and-security'), ('dialogue-and-mediation'), ('small-arms-control'), ('human-rights')) AS t(theme_slug)
WHERE o.slug = 'femmes-mediatrices-du-mande';

INSERT INTO organisation_country (organisation_id, country_code)
SELECT o.id, c.country_code
FROM organisation o
CROSS JOIN (VALUES ('ML')) AS c(country_code)
WHERE o.slug = 'femmes-mediatrices-du-mande';

-- ----------------------------------------------------------------------------------------------------
-- 13. West African Small Arms Research Desk (Dakar, Senegal): fictional; source language en; verified; translations: en, fr
-- ----------------------------------------------------------------------------------------------------
INSERT INTO organisation (slug, name, acronym, source_language, founding_year, city, country_code,
                          website, contact_email, contact_public,
                          verification_status, verified_at, verified_by, publication_status, demo,
                          created_at, updated_at)
VALUES ('small-arms-research-desk-dakar', 'West African Small Arms Research Desk', 'WASARD', 'en', 2017, 'Dakar', 'SN',
        'https://example.org/small-arms-research-desk', 'research-desk@example.org', false,
        'VERIFIED', '2021-04-08 13:20:00+00', 'Demo moderator', 'PUBLISHED', true,
        '2019-08-12 09:00:00+00', '2021-04-08 13:20:00+00');

INSERT INTO organisation_translation (organisation_id, language, name, summary, description)
SELECT o.id, t.language, t.name, t.summary, t.description
FROM organisation o
CROSS JOIN (VALUES
    ('en',
     'West African Small Arms Research Desk',
     'Fictional demo organisation: a Dakar research team that tracks small-arms flows and security-sector reform in West Africa and turns its findings into early-warning briefs for civil society.',
     E'The West African Small Arms Research Desk is a small team of researchers and data analysts based in Dakar. It gathers open-source information on the trafficking and seizure of small arms across West Africa.\n\n'
     || E'The Desk publishes quarterly briefs, maps and early-warning notes, and trains civil-society organisations to monitor how governments carry out their regional commitments on small arms and security-sector reform.\n\n'
     || E'It is a member of both WAANSA and IANSA.'),
    ('fr',
     'Cellule ouest-africaine de recherche sur les armes légères',
     'Organisation fictive de démonstration : équipe de recherche dakaroise qui suit les flux d''armes légères et les réformes du secteur de la sécurité en Afrique de l''Ouest et en tire des notes d''alerte pour la société civile.',
     E'La Cellule ouest-africaine de recherche sur les armes légères est une petite équipe de chercheurs et d''analystes de données installée à Dakar. Elle rassemble des informations publiques sur le trafic et les saisies d''armes légères en Afrique de l''Ouest.\n\n'
     || E'La Cellule publie des bulletins trimestriels, des cartes et des notes d''alerte, et forme des organisations de la société civile au suivi de la mise en œuvre, par les États, de leurs engagements régionaux sur les armes légères et la réforme du secteur de la sécurité.\n\n'
     || E'Elle est membre des réseaux WAANSA et IANSA.')
) AS t(language, name, summary, description)
WHERE o.slug = 'small-arms-research-desk-dakar';

INSERT INTO activity (organisation_id, level, date_edtf, text, language, position)
SELECT o.id, a.level, a.date_edtf, a.text, 'en', a.position
FROM organisation o
CROSS JOIN (VALUES
    (1, 'REGIONAL', '2017-09',
     'Launched an open database of reported small-arms seizures in West Africa.'),
    (2, 'NATIONAL', '2018',
     'Trained Senegalese journalists to report on small-arms trafficking with reliable data.'),
    (3, 'REGIONAL', '2019/2020',
     'Monitored, with civil-society partners in six countries, how regional commitments on small arms are put into practice.'),
    (4, 'INTERNATIONAL', '2020-06',
     'Contributed data to an international review of progress in curbing the illicit trade in small arms.'),
    (5, 'LOCAL', '2021-02-17',
     'Hosted an open-data workshop for students and researchers in Dakar.'),
    (6, 'REGIONAL', NULL,
     'Publishes a quarterly early-warning brief on arms flows in the Sahel and coastal West Africa.')
) AS a(position, level, date_edtf, text)
WHERE o.slug = 'small-arms-research-desk-dakar';

INSERT INTO organisation_theme (organisation_id, theme_slug)
SELECT o.id, t.theme_slug
FROM organisation o
CROSS JOIN (VALUES ('small-arms-control'), ('security-governance'), ('early-warning')) AS t(theme_slug)
WHERE o.slug = 'small-arms-research-desk-dakar';

INSERT INTO organisation_country (organisation_id, country_code)
SELECT o.id, c.country_code
FROM organisation o
CROSS JOIN (VALUES ('SN'), ('ML'), ('BF'), ('NE'), ('CI'), ('GN')) AS c(country_code)
WHERE o.slug = 'small-arms-research-desk-dakar';

-- ----------------------------------------------------------------------------------------------------
-- Fictional network with a directory profile of its own (network.organisation_id)
-- ----------------------------------------------------------------------------------------------------
INSERT INTO network (acronym, name, website, organisation_id)
SELECT 'DNPE', 'Demo Network for Peace Education', 'https://example.org/demo-network-for-peace-education', o.id
FROM organisation o
WHERE o.slug = 'demo-network-for-peace-education';

-- ----------------------------------------------------------------------------------------------------
-- Network memberships of the fictional organisations
-- ----------------------------------------------------------------------------------------------------
INSERT INTO organisation_network (organisation_id, network_id, role)
SELECT o.id, n.id, m.role
FROM (VALUES
    ('jeunes-artisans-de-paix-mopti',            'West Africa Action Network on Small Arms',   'MEMBER'),
    ('observatoire-des-collines-alerte-precoce', 'West Africa Action Network on Small Arms',   'MEMBER'),
    ('femmes-tisserandes-de-paix',               'West Africa Action Network on Small Arms',   'MEMBER'),
    ('femmes-tisserandes-de-paix',               'International Action Network on Small Arms', 'MEMBER'),
    ('femmes-tisserandes-de-paix',               'Demo Network for Peace Education',           'MEMBER'),
    ('centre-lagune-reinsertion',                'Demo Network for Peace Education',           'MEMBER'),
    ('borderlands-pastoralist-peace-forum',      'International Action Network on Small Arms', 'MEMBER'),
    ('maison-rhone-sahel-pour-la-paix',          'International Action Network on Small Arms', 'MEMBER'),
    ('maison-rhone-sahel-pour-la-paix',          'Demo Network for Peace Education',           'FOUNDING_MEMBER'),
    ('femmes-mediatrices-du-mande',              'West Africa Action Network on Small Arms',   'MEMBER'),
    ('small-arms-research-desk-dakar',           'West Africa Action Network on Small Arms',   'MEMBER'),
    ('small-arms-research-desk-dakar',           'International Action Network on Small Arms', 'MEMBER')
) AS m(slug, network_name, role)
JOIN organisation o ON o.slug = m.slug
JOIN network n ON n.name = m.network_name;
