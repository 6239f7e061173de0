/**
 * Trade vocabulary groups — Office: office furniture, school furniture, office supplies.
 * Part of TRADE_VOCABULARY (./index.ts, which says how to write an expression), in its order.
 */
export const OFFICE: readonly (readonly string[])[] = [
  [
    "mobilier de bureau",
    "amenagement de bureau",
    "mobilier professionnel",
    "siege de bureau",
    "fauteuil de bureau",
    "siege ergonomique",
    "fauteuil ergonomique",
    "bureau assis debout",
    "caisson de bureau",
    "armoire de bureau",
    "table de reunion",
    "mobilier d accueil",
    "chaise de bureau",
    "meuble de bureau",
  ],
  [
    "mobilier scolaire",
    "mobilier de collectivite",
    "mobilier collectif",
    "mobilier de cantine",
    "mobilier de creche",
    "table d ecole",
    "chaise d ecole",
    "table de cantine",
  ],
  [
    "fourniture de bureau",
    "papeterie",
    "fourniture administrative",
    "petite fourniture",
    "article de bureau",
    "consommable de bureau",
    "cartouche d encre",
    "toner",
    "ramette de papier",
    "papier a4",
    "papier reprographie",
    "papier recycle",
  ],
];
