-- Demo data (applied only when demo data is switched on): the reference organisation.
-- CONASCIPAL is a real Malian coalition (demo = false). Its profile was last updated in September 2016
-- and has not been verified; it lists no website and no contact details.
-- Ids are generated (GENERATED ALWAYS AS IDENTITY): rows are linked by looking the slug up.
-- activity.date_start and activity.date_end are generated from date_edtf and are never inserted.

-- Organisation: CONASCIPAL (Bamako, Mali)
INSERT INTO organisation (slug, name, acronym, source_language, founding_year, city, country_code,
                          website, contact_email, contact_phone, contact_public,
                          verification_status, verified_at, verified_by, publication_status, demo,
                          created_at, updated_at)
VALUES ('conascipal',
        'Coalition Nationale de la Société Civile pour la Paix et la Lutte contre la Prolifération des Armes Légères',
        'CONASCIPAL', 'fr', 1999, 'Bamako', 'ML',
        NULL, NULL, NULL, false,
        'NOT_VERIFIED', NULL, NULL, 'PUBLISHED', false,
        '2016-09-15 12:00:00+00', '2016-09-15 12:00:00+00');

-- Prose in French (source language) and English
INSERT INTO organisation_translation (organisation_id, language, name, summary, description)
SELECT o.id, t.language, t.name, t.summary, t.description
FROM organisation o
CROSS JOIN (VALUES
    ('fr',
     'Coalition Nationale de la Société Civile pour la Paix et la Lutte contre la Prolifération des Armes Légères',
     'Coalition malienne d''organisations de la société civile, créée à Bamako en 1999, qui œuvre pour la paix, la sécurité et la lutte contre la prolifération des armes légères, conditions d''un développement durable.',
     E'Créée à Bamako en 1999, la CONASCIPAL est une coalition faîtière qui fédère des organisations de la société civile malienne. Elle part d''une conviction : sans paix ni sécurité, le Mali ne peut pas se développer durablement. Ses membres viennent d''horizons très variés : familles fondatrices de Bamako, associations citoyennes, groupements religieux, associations de femmes et de jeunes, artisans.\n\n'
     || E'La coalition se veut un lieu de rencontre entre la société civile, l''État, les collectivités territoriales et le secteur privé autour des questions de paix, de sécurité et de gouvernance partagée. Elle offre un cadre de dialogue et de concertation et intervient, par l''intermédiaire de ses membres, dans la prévention et le règlement des conflits.\n\n'
     || E'Elle relaie auprès des communautés des actions d''éducation et d''information qui aident à prévenir et à résoudre les conflits. Elle soutient aussi les initiatives de paix et de sécurité de ses membres et d''autres organisations de la société civile, à l''échelle nationale, sous-régionale et internationale.\n\n'
     || E'La CONASCIPAL compte parmi les membres fondateurs du Réseau d''action sur les armes légères en Afrique de l''Ouest (WAANSA) et du Réseau d''action international sur les armes légères (IANSA).'),
    ('en',
     'National Civil Society Coalition for Peace and against the Proliferation of Small Arms',
     'Malian umbrella coalition of civil-society organisations, founded in Bamako in 1999, that works for peace, security and against the spread of small arms, which it sees as preconditions for sustainable development.',
     E'Founded in Bamako in 1999, CONASCIPAL is an umbrella coalition that unites Malian civil-society organisations around one idea: Mali cannot achieve lasting development without peace and security. Its members are remarkably diverse, from the founding families of Bamako to civic associations, religious groups, women''s and youth groups, and artisans.\n\n'
     || E'The coalition sets out to be a meeting point where civil society, the state, local authorities and the private sector can work together on peace, security and shared governance. It provides a forum for dialogue and consultation, and its members step in to help prevent and settle conflicts.\n\n'
     || E'It passes on education and awareness activities to communities so that they can head off conflicts and resolve them. It also backs the peace and security initiatives of its own members and of other civil-society organisations, nationally, across the sub-region and internationally.\n\n'
     || E'CONASCIPAL is a founding member of both the West Africa Action Network on Small Arms (WAANSA) and the International Action Network on Small Arms (IANSA).')
) AS t(language, name, summary, description)
WHERE o.slug = 'conascipal';

-- Activities, in the order of the source profile (the first two are out of chronological order there)
INSERT INTO activity (organisation_id, level, date_edtf, text, language, position)
SELECT o.id, a.level, a.date_edtf, a.text, 'fr', a.position
FROM organisation o
CROSS JOIN (VALUES
    (1, 'NATIONAL', '1999-05',
     'Transmission, par l''intermédiaire du PNUD, du rapport de son atelier national aux organisations de la société civile d''Afrique de l''Ouest (Togo, Niger, Sénégal, Mauritanie, Burkina Faso et Côte d''Ivoire).'),
    (2, 'NATIONAL', '1999-04',
     'Diffusion de la cassette audio « Adieu bras » auprès des jeunes de l''église catholique de Samaya et des femmes de toutes les paroisses du diocèse de Bamako.'),
    (3, 'NATIONAL', '2000-04',
     'Atelier interrégional à Gao sur la place et le rôle de la société civile dans la lutte contre la prolifération des armes légères, sous le parrainage des hauts-commissaires des régions de Gao, de Kidal et de Tombouctou.'),
    (4, 'NATIONAL', '2002/2003',
     'Campagne de la société civile contre l''insécurité et la prolifération des armes légères dans le district de Bamako. Elle a abouti à des plans d''action communaux contre l''insécurité et à la création d''un cadre de concertation tripartite dans chaque commune.'),
    (5, 'NATIONAL', '2005',
     'Participation aux états généraux sur la sécurité et la paix organisés par les ministères chargés de la sécurité intérieure et de la protection civile.'),
    (6, 'NATIONAL', '2007',
     'Organisation du premier forum de la société civile sur la gouvernance de la sécurité, et élaboration d''un plan stratégique qui recentre l''action de la coalition sur la décentralisation et sur l''évolution du contexte sécuritaire au Mali et dans la sous-région.'),
    (7, 'NATIONAL', '2010',
     'Ateliers sur l''échange d''informations et le leadership communautaire face à la criminalité, à la prolifération des armes légères et à l''insécurité, dans les six communes du district de Bamako.'),
    (8, 'NATIONAL', '2010-12',
     'Publication d''une étude sur le point de vue de la société civile concernant les politiques de prévention, de gestion et de lutte contre le terrorisme au Mali.'),
    (9, 'INTERNATIONAL', '2000-11',
     'En marge de la conférence des ministres des Affaires étrangères de l''Union africaine à Bamako, actions d''information du public sur les armes légères financées par Oxfam GB, et réalisation d''une brochure retraçant la mobilisation de la société civile d''Abuja (1998) à Bamako (2000).'),
    (10, 'INTERNATIONAL', '2002-07',
     'Participation à la conférence des Nations unies sur les armes légères à New York.'),
    (11, 'INTERNATIONAL', '2003-07',
     'Participation à la conférence des Nations unies à New York sur la mise en œuvre du Programme d''action des Nations unies sur le commerce illicite des armes légères, avec une communication sur la collaboration entre gouvernements et société civile.'),
    (12, 'INTERNATIONAL', '2003-10',
     'Campagne menée avec Oxfam GB, le RAIAL et Amnesty International pour un traité sur le commerce des armes et pour la transformation du moratoire de la CEDEAO en convention. La coalition était porte-parole du « groupe des sept » de la société civile.'),
    (13, 'INTERNATIONAL', '2003-11',
     'Participation à une table ronde sur la vision malienne de la sécurité humaine dans le contrôle des armes légères, organisée par le ministère canadien des Affaires étrangères et du Commerce international.'),
    (14, 'INTERNATIONAL', NULL,
     'Participation aux ateliers de la CEDEAO sur la création de son unité armes légères, sur la transformation du PCASED en programme ECOSAP et sur la fondation du Forum de la société civile de l''Afrique de l''Ouest (FOSCAO).'),
    (15, 'INTERNATIONAL', NULL,
     'Partenaire d''un projet sur la sécurité et la gouvernance en Afrique, appuyé par le SIPRI et financé par l''Asdi (Sida), qui renforce la capacité de la société civile malienne à comprendre la dynamique des conflits et à élaborer une stratégie commune.')
) AS a(position, level, date_edtf, text)
WHERE o.slug = 'conascipal';

-- Themes
INSERT INTO organisation_theme (organisation_id, theme_slug)
SELECT o.id, t.theme_slug
FROM organisation o
CROSS JOIN (VALUES
    ('conflict-prevention'),
    ('small-arms-control'),
    ('security-governance'),
    ('peace-education'),
    ('dialogue-and-mediation'),
    ('counter-terrorism-policy')
) AS t(theme_slug)
WHERE o.slug = 'conascipal';

-- Countries where it works
INSERT INTO organisation_country (organisation_id, country_code)
SELECT o.id, 'ML'
FROM organisation o
WHERE o.slug = 'conascipal';

-- Networks (no directory profile of their own) and CONASCIPAL's founding memberships
INSERT INTO network (acronym, name, website, organisation_id)
VALUES ('WAANSA', 'West Africa Action Network on Small Arms', NULL, NULL),
       ('IANSA', 'International Action Network on Small Arms', NULL, NULL);

INSERT INTO organisation_network (organisation_id, network_id, role)
SELECT o.id, n.id, 'FOUNDING_MEMBER'
FROM organisation o
JOIN network n ON n.name IN ('West Africa Action Network on Small Arms',
                             'International Action Network on Small Arms')
WHERE o.slug = 'conascipal';
