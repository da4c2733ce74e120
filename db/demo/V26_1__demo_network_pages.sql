-- Demo data (applied only when demo data is switched on): what the network pages show of the demo networks.
-- IANSA has an official French name (Réseau d'action international sur les armes légères, RAIAL); WAANSA
-- and the fictional Demo Network for Peace Education have none, so French pages show their English names,
-- marked as English. Depends on V3_1, V3_2 (the networks) and V26 (slugs, languages, translations).

INSERT INTO network_translation (network_id, language, name, acronym, description)
SELECT n.id, t.language, t.name, t.acronym, t.description
FROM network n
JOIN (VALUES
    ('International Action Network on Small Arms', 'en', NULL, NULL,
     'A global movement of civil society organisations working to stop the proliferation and misuse of small arms and light weapons, through research, advocacy at the United Nations and support to national campaigns.'),
    ('International Action Network on Small Arms', 'fr',
     'Réseau d''action international sur les armes légères', 'RAIAL',
     'Un mouvement mondial d''organisations de la société civile qui œuvrent à mettre fin à la prolifération et au mauvais usage des armes légères et de petit calibre, par la recherche, le plaidoyer aux Nations unies et le soutien aux campagnes nationales.'),
    ('West Africa Action Network on Small Arms', 'en', NULL, NULL,
     'The regional network of civil society organisations in the fifteen ECOWAS countries that campaign for the control of small arms and light weapons and for the implementation of the ECOWAS Convention on Small Arms.'),
    ('West Africa Action Network on Small Arms', 'fr', NULL, NULL,
     'Le réseau régional des organisations de la société civile des quinze pays de la CEDEAO qui militent pour le contrôle des armes légères et de petit calibre et pour l''application de la Convention de la CEDEAO sur les armes légères.'),
    ('Demo Network for Peace Education', 'en', NULL, NULL,
     'Fictional demo network: schools, youth groups and faith-based educators who share curricula and train teachers in peace education.'),
    ('Demo Network for Peace Education', 'fr', NULL, NULL,
     'Réseau fictif de démonstration : des écoles, des groupes de jeunes et des éducateurs confessionnels qui partagent leurs programmes et forment des enseignants à l''éducation à la paix.')
) AS t (network, language, name, acronym, description) ON t.network = n.name;
