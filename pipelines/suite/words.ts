/** Fixed word lists for the generators (never read from the machine, so instances are the same everywhere). */

export const FIRST_NAMES: readonly string[] = [
  "Mara", "Tobin", "Lena", "Oskar", "Ilse", "Bram", "Nadia", "Piet", "Rosa", "Emil",
  "Greta", "Anton", "Sofie", "Jonas", "Alma", "Felix", "Hanna", "Kasper", "Lotte", "Milo",
  "Nora", "Otto", "Runa", "Silas", "Tilde", "Ugo", "Vera", "Wim", "Yara", "Zeno",
  "Clara", "Dario", "Edda", "Frida", "Gideon", "Hugo", "Ines", "Joris", "Kaja", "Leon",
];

export const LAST_NAMES: readonly string[] = [
  "Voss", "Brandt", "Keller", "Lund", "Marek", "Novak", "Olsen", "Petrov", "Quist", "Rask",
  "Sauer", "Tamm", "Ulrich", "Varga", "Wendt", "Yilmaz", "Zorn", "Aalto", "Berg", "Castell",
  "Dahl", "Eklund", "Falk", "Gross", "Holm", "Ivers", "Janssen", "Kovac", "Lindqvist", "Moreau",
];

export const COLORS: readonly string[] = [
  "red", "blue", "green", "yellow", "black", "white", "grey", "brown",
  "orange", "purple", "silver", "golden", "pink", "teal", "copper", "ivory",
];

export const OBJECTS: readonly string[] = [
  "kettle", "lamp", "bicycle", "violin", "teapot", "umbrella", "clock", "chair",
  "mirror", "basket", "drum", "compass", "lantern", "trunk", "vase", "camera",
  "scarf", "helmet", "kite", "radio", "desk", "bottle", "bell", "sled",
  "hammer", "flute", "wagon", "jacket", "globe", "typewriter", "canoe", "saddle",
];

export const CITIES: readonly string[] = [
  "Velmora", "Dunhaven", "Korsby", "Altrena", "Brisk", "Calder", "Emberly", "Frostvik",
  "Galmouth", "Harrow", "Istven", "Jorvale", "Kestrel Bay", "Lindholm", "Marrow", "Northwick",
  "Orlan", "Pellham", "Quarry Hill", "Ravensby", "Sollen", "Tarnow", "Umber", "Westmere",
];

export const ITEMS: readonly string[] = [
  "stones", "apples", "coins", "cards", "shells", "marbles", "beads", "stamps",
  "pencils", "books", "buttons", "cookies", "tickets", "feathers", "seeds", "ribbons",
];

export const VARIABLES: readonly string[] = ["a", "b", "c", "n", "m", "k", "s", "t", "x", "y", "z", "w"];
