import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "hygiene-sanitaires",
  specialties: [
    {
      key: "h2-distributeur-produits-entretien",
      naf: ["46.44Z", "46.49Z", "46.90Z", "20.41Z"],
      names: [
        "PROVENCE HYGIENE DISTRIBUTION",
        "HYGIE SUD FOURNITURES",
        "DROGUERIE INDUSTRIELLE PHOCEENNE",
        "NETTOY'PRO DIFFUSION",
        "COMPTOIR DE L'ENTRETIEN",
        "ETS MARCHETTI",
        "CLEANSTOCK",
        "AZUR CONSOMMABLES",
        "SODIP HYGIENE",
      ],
      ideas: [
        [
          "Distributeur de produits d'entretien et d'hygiène pour les professionnels : collectivités, entreprises de propreté, industrie, santé.",
          "Nous fournissons aux professionnels tout le nécessaire pour nettoyer et entretenir leurs locaux.",
          "Grossiste en droguerie industrielle, produits de nettoyage et articles d'hygiène depuis 1987.",
        ],
        [
          "Plus de 4 000 références en stock : détergents, désinfectants, ouate de cellulose, sacs de collecte, gants.",
          "Gamme complète : papier hygiénique, bobines, lavettes, sacs à déchets, lessives, dégraissants.",
          "Du produit vaisselle au détartrant WC, en passant par les essuyages et les sacs : tout est en stock.",
        ],
        [
          "Livraison en 24/48 h sur toute la région PACA avec nos propres camions.",
          "Entrepôt de 3 000 m² aux Pennes-Mirabeau, livraisons quotidiennes dans les Bouches-du-Rhône et le Var.",
          "Commande en ligne sur notre site professionnel, livraison franco à partir de 150 € HT.",
        ],
        [
          "Matériel de nettoyage : chariots de ménage, balais, autolaveuses, aspirateurs, monobrosses.",
          "Nous vendons et réparons aussi les machines : aspirateurs, autolaveuses, nettoyeurs haute pression.",
          "Équipement des agents : chariots, seaux, franges microfibre, systèmes de pré-imprégnation.",
        ],
        [
          "Produits certifiés par les labels environnementaux européens ou Ecocert, et gamme sans pictogramme de danger.",
          "Fiches de données de sécurité et fiches techniques disponibles pour chaque produit.",
          "Conseil sur les protocoles de nettoyage et formation des agents aux bons dosages.",
        ],
        [
          "Centrales de dilution et doseurs installés gratuitement pour maîtriser vos consommations.",
          "Nos conseillers techniques réalisent un audit de vos consommations et proposent des concentrés pour réduire les coûts.",
          "Installation de stations de dosage et étiquetage des flacons pour éviter les erreurs de mélange.",
        ],
        [
          "Membre d'un groupement national de distributeurs indépendants, prix négociés pour les grands comptes.",
          "Tarifs contractuels pour les comptes multisites, suivi des consommations par site.",
          "Réponse aux appels d'offres publics et privés, catalogue personnalisé par client.",
        ],
      ],
      vague: ["Commerce de gros de produits d'entretien.", "Fournitures pour collectivités.", "Vente de produits d'hygiène aux professionnels."],
    },
    {
      key: "h2-service-distributeurs-sanitaires",
      naf: ["77.39Z", "81.29B", "46.44Z", "96.01A"],
      names: [
        "HYGIENE SERVICE LOCATION",
        "AQUALIS SANITAIRES",
        "LAVABO CONFORT SERVICES",
        "ROULEAU BLANC",
        "SANIPRO MEDITERRANEE",
        "DOUCEURS D'EAU SERVICES",
        "SOCIETE MARSEILLAISE D'EQUIPEMENT DES SANITAIRES",
        "CLAIRLAV",
      ],
      ideas: [
        [
          "Location et entretien d'équipements pour vos toilettes : distributeurs de savon, d'essuie-mains et de papier, sèche-mains.",
          "Nous équipons et entretenons les sanitaires des entreprises : appareils installés, recharges livrées et posées par nos techniciens.",
          "Service complet pour les blocs sanitaires : pose des appareils, réassort et maintenance, en location mensuelle.",
        ],
        [
          "Rouleaux d'essuie-mains en tissu lavés et remplacés régulièrement, alternative durable au papier.",
          "Enrouleurs textiles avec remplacement des rouleaux usagés par des rouleaux propres à chaque passage.",
          "Serviettes en coton en rouleau, lavées dans notre blanchisserie et changées selon un planning fixe.",
        ],
        [
          "Nos agents passent à fréquence fixe (hebdomadaire, bimensuelle) pour réapprovisionner et vérifier chaque appareil.",
          "Tournées régulières de recharge : vous n'avez plus de stock à gérer ni de commandes à passer.",
          "Chaque visite fait l'objet d'un bon d'intervention signé avec la liste des appareils contrôlés.",
        ],
        [
          "Sèche-mains à air pulsé haute vitesse, installés et dépannés par nos soins.",
          "Gamme d'appareils en inox, plastique blanc ou noir, anti-vandalisme pour les lieux publics.",
          "Appareils automatiques sans contact, adaptés aux établissements de santé et à l'agroalimentaire.",
        ],
        [
          "Savons mousse, gels hydroalcooliques et crèmes lavantes en cartouches scellées, sans risque de contamination.",
          "Recharges fermées hygiéniques, produits hypoallergéniques et certifiés Ecolabel.",
          "Désinfectant pour les mains et savon en cartouches, compatibles avec nos distributeurs uniquement.",
        ],
        [
          "Désinfection des abattants WC et diffusion automatique dans les urinoirs.",
          "Options : nettoyant de lunettes WC, blocs urinoirs, tapis d'urinoir anti-éclaboussures.",
          "Traitement des urinoirs et cuvettes pour limiter le tartre et les odeurs.",
        ],
        [
          "Contrats de 36 à 60 mois, matériel fourni et remplacé en cas de panne sans frais.",
          "Abonnement mensuel par appareil, tout inclus : location, recharges, entretien.",
          "Pas d'investissement : le matériel reste notre propriété et est renouvelé régulièrement.",
        ],
      ],
      vague: ["Services d'hygiène aux entreprises.", "Location de matériel sanitaire.", "Hygiène des sanitaires."],
    },
    {
      key: "h2-collecte-hygiene-feminine",
      naf: ["38.11Z", "81.29B", "38.12Z", "81.29A"],
      names: [
        "FEMINA COLLECTE",
        "INTIMA SERVICES",
        "SANIBOX SUD",
        "DISCRETION HYGIENE",
        "LES BOITES ROSES",
        "COLLECTE SANITAIRE PROVENCALE",
        "CYCLE SERVICES",
        "EKO SANITAIRE",
      ],
      ideas: [
        [
          "Mise à disposition de conteneurs pour les protections périodiques dans les toilettes femmes, avec enlèvement régulier.",
          "Nous installons des boîtes de collecte pour serviettes et tampons usagés, puis les vidons et les remplaçons.",
          "Service de gestion des déchets d'hygiène intime : poubelles dédiées, collecte et élimination.",
        ],
        [
          "Conteneurs à pédale ou sans contact, avec couvercle opaque et traitement antibactérien.",
          "Boîtes discrètes, étanches, à ouverture sans contact, qui ne laissent pas échapper d'odeur.",
          "Bacs de 13 ou 23 litres adaptés aux petites cabines, fixés au mur ou posés au sol.",
        ],
        [
          "À chaque passage, le conteneur plein est retiré et remplacé par un conteneur propre et désinfecté.",
          "Échange standard du contenant à chaque tournée, lavage et désinfection dans notre centre.",
          "Nos agents ne manipulent jamais les déchets sur place : le récipient est emporté fermé.",
        ],
        [
          "Suivi complet jusqu'à l'élimination en filière agréée, attestations fournies chaque année.",
          "Déchets acheminés vers une unité de valorisation énergétique agréée, bordereaux de suivi à disposition.",
          "Respect du Code de l'environnement et registre des déchets tenu pour chaque client.",
        ],
        [
          "Collecte aussi des couches et protections pour l'incontinence dans les EHPAD et crèches.",
          "Solutions pour les changes et les déchets d'incontinence dans les établissements de soins.",
          "Conteneurs pour tables à langer et sanitaires accessibles.",
        ],
        [
          "Distributeurs de protections périodiques gratuites pour vos collaboratrices.",
          "Nous installons également des distributeurs de serviettes et tampons bio, en accès libre.",
          "Précarité menstruelle : distributeurs de protections en libre-service, rechargés lors de nos passages.",
        ],
        [
          "Fréquence de passage adaptée à l'effectif : hebdomadaire, toutes les deux semaines ou mensuelle.",
          "Tarif par conteneur et par passage, sans frais d'installation.",
          "Intervention dans tout le département, y compris sur les sites isolés et les chantiers.",
        ],
      ],
      vague: ["Collecte de déchets.", "Hygiène féminine.", "Services aux entreprises."],
    },
    {
      key: "h2-parfum-ambiance",
      naf: ["46.45Z", "20.42Z", "73.11Z", "77.39Z"],
      names: [
        "AROMA SIGNATURE",
        "SILLAGE ENTREPRISE",
        "L'ESSENCE DU LIEU",
        "OLFACTIA PROVENCE",
        "BRISE DE GRASSE",
        "NOTES DE FOND",
        "ATMOSPHERES PARFUMEES",
        "DIFFUSENS",
        "JEANNE ROUX PARFUMS D'INTERIEUR",
      ],
      ideas: [
        [
          "Marketing olfactif : nous créons l'odeur de votre marque et la diffusons dans vos espaces.",
          "Création de signatures olfactives pour les boutiques, hôtels, halls d'accueil et showrooms.",
          "Notre nez compose un parfum unique qui rend votre lieu reconnaissable dès l'entrée.",
        ],
        [
          "Appareils de nébulisation à froid, silencieux, raccordables à la ventilation pour les grands volumes.",
          "Diffuseurs professionnels programmables, de 50 m² à plusieurs milliers de m² via la CTA.",
          "Technologie de micro-diffusion sans chauffe ni aérosol, réglable par tranche horaire.",
        ],
        [
          "Plus de 60 fragrances en catalogue : agrumes, boisées, florales, notes de Provence.",
          "Huiles parfumées fabriquées à Grasse, conformes aux normes IFRA, sans solvants nocifs.",
          "Compositions naturelles et hypoallergéniques, sans phtalates.",
        ],
        [
          "Location des appareils avec recharges livrées et changées par nos techniciens.",
          "Formule abonnement : appareil, recharges, réglage et entretien inclus.",
          "Nos techniciens passent régulièrement pour remplacer les cartouches et ajuster l'intensité.",
        ],
        [
          "Traitement des mauvaises odeurs dans les sanitaires, locaux poubelles et parkings.",
          "Neutralisation d'odeurs par diffusion ou par capteurs, en complément du nettoyage.",
          "Désodorisation des toilettes et espaces de restauration par diffuseurs automatiques.",
        ],
        [
          "Bougies, diffuseurs à bâtonnets et coffrets parfumés personnalisés pour vos cadeaux clients.",
          "Objets olfactifs à votre marque : bougies, vaporisateurs d'intérieur, cartes parfumées.",
          "Nous déclinons votre parfum en produits dérivés pour vos clients et salons.",
        ],
      ],
      vague: ["Parfums d'intérieur.", "Design olfactif.", "Bien-être et ambiance."],
    },
  ],
  needs: [
    {
      target: "h2-collecte-hygiene-feminine",
      related: ["h2-service-distributeurs-sanitaires"],
      title: "Bacs hygiène féminine – 85 sanitaires",
      description:
        "Prestation de fourniture et de relève de bacs hygiène féminine pour 85 cabinets WC répartis sur notre campus de Saint-Priest (Marseille 10e) et 2 entrepôts à Miramas. Relève tous les 15 jours, traçabilité des déchets exigée. Démarrage au 1er avril, durée 3 ans.",
      kind: "services",
      nafPicked: ["81.21Z"],
      budget: [6000, 12000],
    },
    {
      target: "h2-distributeur-produits-entretien",
      related: ["h2-service-distributeurs-sanitaires"],
      title: "Consommables d'hygiène et d'entretien – marché annuel",
      description:
        "Accord-cadre de fourniture de consommables pour nos 6 sites de la zone de Vitrolles et de l'Arbois : papier toilette, essuie-mains en rouleau, savon, sacs poubelles 30 à 110 L, détergents et désinfectants. Livraison par site, commandes mensuelles, produits Ecolabel de préférence. Volume estimé sur 12 mois, démarrage en juillet.",
      kind: "supplies",
      nafPicked: ["46.44Z"],
      budget: [40000, 70000],
    },
  ],
};
