import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "agencement-bois",
  specialties: [
    {
      key: "h-agencement-magasin",
      naf: ["31.01Z", "43.32A", "16.23Z"],
      names: [
        "PROVENCE AGENCEMENT",
        "ATELIERS DU COMPTOIR",
        "RETAIL CONCEPT SUD",
        "AGENCEMENTS BONNAFOUX",
        "MOBILIER COMMERCE MEDITERRANEE",
        "ESPACE VITRINE",
        "SOMAG",
        "L'ATELIER DE L'AGENCEUR",
        "GIRAUD ET FILS AGENCEMENT",
      ],
      ideas: [
        [
          "Agenceur de magasins : nous concevons, fabriquons et installons le mobilier de vos boutiques, restaurants et showrooms.",
          "Spécialiste de l'aménagement de surfaces commerciales : boutiques de prêt-à-porter, pharmacies, boulangeries, opticiens.",
          "Nous réalisons l'agencement intérieur de vos points de vente, du plan 3D à la pose.",
          "Fabrication de mobilier commercial sur mesure pour enseignes et indépendants.",
        ],
        [
          "Banques d'accueil, comptoirs caisse, présentoirs, gondoles, habillages muraux, cabines d'essayage.",
          "Meubles de présentation, linéaires, îlots centraux, vitrines éclairées et mobilier de caisse.",
          "Tout le mobilier de vente : étagères murales, tables de présentation, arrière-caisse, vitrines réfrigérées habillées.",
        ],
        [
          "Atelier de 3 000 m² équipé de centres d'usinage à commande numérique, plaqueuse de chants et cabine de vernissage.",
          "Notre atelier travaille le bois massif, le MDF, le stratifié, le Corian, le verre et le métal.",
          "Parc machines CN 5 axes et bureau d'études intégré sous TopSolid.",
        ],
        [
          "Déploiement de concepts pour les enseignes nationales : fabrication en série et pose simultanée sur plusieurs sites.",
          "Nous accompagnons les réseaux de franchise dans l'ouverture et la rénovation de leurs magasins partout en France.",
          "Gestion de projets multi-sites avec un conducteur de travaux dédié par enseigne.",
        ],
        [
          "Pose de nuit ou magasin ouvert pour ne pas interrompre votre activité commerciale.",
          "Nos équipes de poseurs interviennent en centres commerciaux, en respectant les contraintes des galeries marchandes.",
          "Respect des délais d'ouverture : nous livrons clés en main.",
        ],
        [
          "Conformité aux normes ERP, classement au feu M1 et accessibilité PMR des comptoirs.",
          "Matériaux ignifugés et certifiés pour les établissements recevant du public.",
          "Nous proposons des matériaux éco-conçus et du bois certifié PEFC.",
        ],
        [
          "Entreprise familiale fondée en 1987 à Aubagne.",
          "Plus de 1 500 points de vente agencés en 30 ans.",
          "Une équipe de 35 personnes : dessinateurs, ébénistes, menuisiers et poseurs.",
        ],
      ],
      vague: ["Agencement intérieur.", "Menuiserie d'agencement.", "Aménagement de commerces."],
    },
    {
      key: "h-menuiserie-exterieure",
      naf: ["43.32A", "16.23Z", "25.12Z"],
      names: [
        "MENUISERIE ARNAUD",
        "BOIS ET OUVERTURES DU SUD",
        "SARL FERMETURES CASTELLANE",
        "M. ROUX PATRICK",
        "ATELIER DES HUISSERIES",
        "MENUISERIE DE L'ARC",
        "MENUISERIES MARTINEZ",
        "OUVERTURES PROVENCALES",
      ],
      ideas: [
        [
          "Menuisier poseur, je fabrique et installe vos menuiseries extérieures : châssis, portes d'entrée, volets et portails.",
          "Fabrication de menuiseries bois sur mesure : ouvrants à la française, oscillo-battants, baies coulissantes.",
          "Menuiseries extérieures bois, PVC et aluminium pour le neuf et la rénovation.",
          "Nous remplaçons vos anciennes ouvertures par des menuiseries performantes et durables.",
        ],
        [
          "Essences utilisées : chêne, mélèze, pin traité, bois exotiques issus de forêts gérées durablement.",
          "Bois lamellé-collé abouté, traitements fongicides et finitions lasure ou peinture microporeuse.",
          "Nous travaillons aussi le bois-alu pour allier chaleur intérieure et entretien réduit.",
        ],
        [
          "Double et triple vitrage, menuiseries certifiées NF et Acotherm, performances thermiques et acoustiques garanties.",
          "Rénovation énergétique : nos produits sont éligibles aux aides, avec certification RGE Qualibat.",
          "Vitrages à isolation renforcée, retardateurs d'effraction et vitrages acoustiques pour zones bruyantes.",
        ],
        [
          "Pose en rénovation sur dormant existant ou dépose totale, avec reprise des tableaux et habillages.",
          "Nos poseurs assurent la dépose, l'évacuation des anciennes menuiseries et la finition soignée.",
          "Pose en applique, en feuillure ou en tunnel selon la configuration de la maçonnerie.",
        ],
        [
          "Volets battants, persiennes, volets roulants motorisés et brise-soleil orientables.",
          "Portes de garage, portails et clôtures assortis à vos menuiseries.",
          "Fermetures et occultations : volets provençaux, stores, moustiquaires.",
        ],
        [
          "Restauration de menuiseries anciennes et fabrication à l'identique pour le patrimoine et les secteurs protégés.",
          "Travaux en secteur sauvegardé et sur monuments historiques, en lien avec les Architectes des Bâtiments de France.",
          "Reproduction de fenêtres anciennes avec petits bois, moulures et quincaillerie traditionnelle.",
        ],
        [
          "Nous intervenons pour les particuliers, les syndics de copropriété, les bailleurs et les collectivités.",
          "Marchés publics et privés : écoles, bureaux, logements collectifs.",
          "Atelier à Gardanne, interventions dans tout le pays d'Aix et Marseille.",
        ],
      ],
      vague: ["Menuiserie générale.", "Menuisier.", "Menuiserie bois PVC alu.", "Fermetures du bâtiment."],
    },
    {
      key: "h-charpente-bois",
      naf: ["43.91A", "16.23Z", "43.91B"],
      names: [
        "CHARPENTES DU LUBERON",
        "M. FABRE NICOLAS",
        "BOIS CONSTRUCTION MEDITERRANEE",
        "SARL COMPAGNONS CHARPENTIERS",
        "OSSATURE PROVENCE",
        "ATELIER DE LA POUTRE",
        "CHARPENTE COUVERTURE ISNARD",
        "STRUCTURES BOIS SUD",
      ],
      ideas: [
        [
          "Charpentier, je réalise vos charpentes traditionnelles et industrielles, neuves ou en rénovation.",
          "Entreprise de charpente bois : fermes, pannes, chevrons, charpentes apparentes et lamellé-collé.",
          "Conception et pose de charpentes pour maisons, bâtiments agricoles, hangars et équipements publics.",
          "Travaux de charpente et de couverture, de la reprise partielle à la toiture complète.",
        ],
        [
          "Construction à ossature bois : maisons individuelles, extensions, surélévations.",
          "Surélévations et extensions bois pour gagner de la surface sans alourdir le bâti.",
          "Murs à ossature bois, planchers et caissons préfabriqués en atelier.",
        ],
        [
          "Taille de charpente sur machine numérique Hundegger et bureau d'études sous Cadwork.",
          "Nous taillons en atelier et assemblons sur chantier, avec grue et engins de levage.",
          "Assemblages traditionnels tenon-mortaise et assemblages métalliques pour les grandes portées.",
        ],
        [
          "Couverture tuiles, zinguerie, écrans sous-toiture et isolation des combles.",
          "Après la charpente, nous assurons la couverture et l'étanchéité de votre toit.",
          "Isolation thermique par l'extérieur en fibre de bois et bardage.",
        ],
        [
          "Terrasses en bois, pergolas, carports, abris et préaux.",
          "Auvents, préaux d'école et passerelles en bois.",
          "Bardages bois, brise-vue et aménagements extérieurs.",
        ],
        [
          "Traitement des charpentes contre les insectes xylophages et les champignons, renforcement des bois dégradés.",
          "Diagnostic et réparation de charpentes anciennes, remplacement de pièces et consolidation.",
          "Restauration de charpentes de bâtiments anciens, bastides, mas et églises.",
        ],
        [
          "Compagnons du Devoir, qualification Qualibat charpente et structures bois.",
          "Garantie décennale et bois issus de forêts françaises certifiées PEFC.",
          "Plus de 25 ans d'expérience dans le Vaucluse et les Bouches-du-Rhône.",
        ],
      ],
      vague: ["Charpente couverture.", "Charpentier.", "Construction bois."],
    },
    {
      key: "h-stand-salon",
      naf: ["82.30Z", "43.32A", "90.02Z"],
      names: [
        "STANDS ET DECORS SUD",
        "EXPO CONCEPT 13",
        "ATELIER EPHEMERE",
        "MODULEX EVENTS",
        "SCENOGRAPHIA",
        "DECOR ET VOLUME",
        "M. BRUNET ALEXIS",
        "SALONS SERVICES PROVENCE",
      ],
      ideas: [
        [
          "Conception et fabrication de stands sur mesure pour les salons professionnels et les expositions.",
          "Standiste, nous créons des espaces d'exposition qui attirent les visiteurs et valorisent votre marque.",
          "Nous construisons vos stands pour les salons en France et en Europe, du petit stand de 9 m² au pavillon de 400 m².",
          "Architecture éphémère : stands, showrooms temporaires, pop-up stores et décors d'événements.",
        ],
        [
          "Stands en bois peint, structures modulaires aluminium, cloisons textiles imprimées, mezzanines.",
          "Fabrication dans notre atelier de menuiserie décor : cloisons, podiums, comptoirs d'accueil, vitrines.",
          "Menuiserie, peinture, signalétique et impression grand format réalisées en interne.",
        ],
        [
          "Montage et démontage sur site, respect des règlements techniques des organisateurs et des parcs d'exposition.",
          "Nos équipes de monteurs interviennent la veille de l'ouverture et démontent à la fermeture du salon.",
          "Interventions au Parc Chanot, à Eurexpo, Paris Nord Villepinte, au MIPIM et au Midem.",
        ],
        [
          "Stands réutilisables : stockage de vos éléments entre deux salons et réadaptation à chaque surface.",
          "Solutions modulaires et éco-conçues pour réduire le coût et l'empreinte de vos participations.",
          "Nous gardons votre stand en dépôt et le reconfigurons pour chaque événement.",
        ],
        [
          "Éclairage, mobilier, écrans, moquette, électricité : tout est inclus dans notre offre clés en main.",
          "Location de mobilier, d'équipements audiovisuels et de plantes pour habiller votre stand.",
          "Nous gérons aussi les branchements électriques, les fluides et l'élingage auprès des organisateurs.",
        ],
        [
          "Scénographie de musées, décors de plateaux TV et d'événements.",
          "Aménagement d'espaces pour conventions, lancements de produits et soirées d'entreprise.",
          "Décors de spectacle et PLV grand format.",
        ],
        [
          "Bureau d'études intégré : plans 3D, visuels photoréalistes, dossier technique.",
          "Un chef de projet unique vous suit de la conception au démontage.",
          "Plus de 200 stands livrés chaque année.",
        ],
      ],
      vague: ["Standiste.", "Stands et événementiel.", "Architecture éphémère."],
    },
  ],
  needs: [
    {
      target: "h-agencement-magasin",
      related: ["h-stand-salon"],
      title: "Mobilier 6 boutiques – comptoirs, gondoles, cabines",
      description:
        "Pour le déploiement de notre nouveau concept boutique, nous cherchons une entreprise capable de fabriquer et poser le mobilier de 6 magasins en centres commerciaux (Grand Littoral, Plan de Campagne, Aix La Pioline…) : comptoir caisse en stratifié et Solid Surface, meubles muraux, gondoles centrales, cabines d'essayage. Interventions de nuit obligatoires, ouvertures prévues entre septembre et novembre.",
      kind: "works",
      nafPicked: ["43.32A"],
      budget: [180000, 320000],
    },
    {
      target: "h-menuiserie-exterieure",
      related: ["h-charpente-bois"],
      title: "Remplacement 40 fenêtres bois – bureaux Aubagne",
      description:
        "Remplacement des fenêtres de notre bâtiment administratif à Aubagne : 40 fenêtres et 2 portes-fenêtres en bois (chêne ou mélèze), double vitrage, Uw ≤ 1,4 W/m².K, avec volets battants à reprendre. Travaux en site occupé en juillet-août. Visite obligatoire avant remise d'offre.",
      kind: "works",
      nafPicked: ["16.23Z"],
      budget: [60000, 110000],
    },
  ],
};
