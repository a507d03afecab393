// Names and places of the demo company's world: a non-emergency patient transport office working between
// Geneva and Lausanne. Fictional people; real-sounding facilities and streets so the screens look familiar.

export type City = 'geneve' | 'lausanne';

export interface Facility {
  name: string;
  address: string;
  city: City;
  /** relative share of trips */
  weight: number;
}

// prettier-ignore
export const FACILITIES: readonly Facility[] = [
  { name: 'HUG', address: 'HUG, Rue Gabrielle-Perret-Gentil 4, 1205 Genève', city: 'geneve', weight: 30 },
  { name: 'HUG Beau-Séjour', address: 'HUG Beau-Séjour, Avenue de Beau-Séjour 26, 1206 Genève', city: 'geneve', weight: 6 },
  { name: 'Clinique des Grangettes', address: 'Clinique des Grangettes, Chemin des Grangettes 7, 1224 Chêne-Bougeries', city: 'geneve', weight: 7 },
  { name: 'Hôpital de la Tour', address: 'Hôpital de la Tour, Avenue J.-D. Maillard 3, 1217 Meyrin', city: 'geneve', weight: 6 },
  { name: 'Clinique La Colline', address: 'Hirslanden Clinique La Colline, Avenue de Beau-Séjour 6, 1206 Genève', city: 'geneve', weight: 5 },
  { name: 'Clinique Générale-Beaulieu', address: 'Clinique Générale-Beaulieu, Chemin de Beau-Soleil 20, 1206 Genève', city: 'geneve', weight: 4 },
  { name: 'Centre de dialyse de Plainpalais', address: 'Centre de dialyse, Boulevard de la Cluse 61, 1205 Genève', city: 'geneve', weight: 6 },
  { name: 'CHUV', address: 'CHUV, Rue du Bugnon 46, 1011 Lausanne', city: 'lausanne', weight: 24 },
  { name: 'Clinique de La Source', address: 'Clinique de La Source, Avenue Vinet 30, 1004 Lausanne', city: 'lausanne', weight: 6 },
  { name: 'Clinique Cecil', address: 'Hirslanden Clinique Cecil, Avenue Louis-Ruchonnet 53, 1003 Lausanne', city: 'lausanne', weight: 4 },
  { name: 'Clinique Bois-Cerf', address: 'Hirslanden Clinique Bois-Cerf, Avenue d’Ouchy 31, 1006 Lausanne', city: 'lausanne', weight: 4 },
  { name: 'Hôpital de Morges', address: 'Hôpital de Morges (EHC), Chemin du Crêt 2, 1110 Morges', city: 'lausanne', weight: 4 },
  { name: 'Hôpital ophtalmique Jules-Gonin', address: 'Hôpital ophtalmique Jules-Gonin, Avenue de France 15, 1004 Lausanne', city: 'lausanne', weight: 3 },
];

export const STREETS: Readonly<Record<City, readonly string[]>> = {
  geneve: [
    'Rue de Lausanne {n}, 1201 Genève',
    'Rue de Carouge {n}, 1205 Genève',
    'Avenue de Frontenex {n}, 1207 Genève',
    'Route de Chêne {n}, 1208 Genève',
    'Rue de la Servette {n}, 1202 Genève',
    'Avenue Wendt {n}, 1203 Genève',
    'Chemin de la Gravière {n}, 1227 Les Acacias',
    'Route de Meyrin {n}, 1217 Meyrin',
    'Avenue Louis-Casaï {n}, 1216 Cointrin',
    'Rue des Bains {n}, 1205 Genève',
    'Route de Florissant {n}, 1206 Genève',
    'Chemin de Grange-Canal {n}, 1224 Chêne-Bougeries',
    'Avenue du Petit-Lancy {n}, 1213 Petit-Lancy',
    'Rue de Genève {n}, 1225 Chêne-Bourg',
    'Route de Vernier {n}, 1214 Vernier',
    'Rue Ancienne {n}, 1227 Carouge',
  ],
  lausanne: [
    'Avenue de la Gare {n}, 1003 Lausanne',
    'Chemin de Montolivet {n}, 1006 Lausanne',
    'Avenue de Morges {n}, 1004 Lausanne',
    'Route de Berne {n}, 1010 Lausanne',
    'Avenue de Cour {n}, 1007 Lausanne',
    'Rue de Genève {n}, 1003 Lausanne',
    'Chemin de Bérée {n}, 1010 Lausanne',
    'Avenue du Léman {n}, 1005 Lausanne',
    'Rue du Simplon {n}, 1020 Renens',
    'Avenue de Lavaux {n}, 1009 Pully',
    'Route de Cossonay {n}, 1008 Prilly',
    'Avenue des Pâquis {n}, 1110 Morges',
  ],
};

// prettier-ignore
export const FIRST_NAMES: readonly string[] = [
  'Marie', 'Jean', 'Anne', 'Pierre', 'Claire', 'Michel', 'Sophie', 'Luc', 'Isabelle', 'André', 'Nathalie',
  'François', 'Catherine', 'Daniel', 'Monique', 'Jacques', 'Sylvie', 'Bernard', 'Christine', 'Philippe',
  'Laura', 'Marco', 'Giulia', 'Paolo', 'Ana', 'José', 'Fatima', 'Ahmed', 'Elena', 'Thomas', 'Julie', 'Nicolas',
  'Céline', 'Olivier', 'Josiane', 'Roland', 'Denise', 'Gérard', 'Yvette', 'Martine',
];

// prettier-ignore
export const LAST_NAMES: readonly string[] = [
  'Favre', 'Rochat', 'Dubois', 'Meier', 'Müller', 'Rossi', 'Blanc', 'Morel', 'Perret', 'Bonvin', 'Girard',
  'Chevalley', 'Baud', 'Mottier', 'Jaquet', 'Pittet', 'Cuénod', 'Rey', 'Dupuis', 'Moser', 'Schmid', 'Ferrari',
  'Da Silva', 'Pereira', 'Berisha', 'Nguyen', 'Keller', 'Aebi', 'Monnier', 'Gay', 'Reymond', 'Vuilleumier',
  'Python', 'Chappuis', 'Bovet', 'Maillard', 'Cretton', 'Délèze', 'Fournier', 'Golay',
];
