/** How an INSEE commune (or municipal arrondissement) code is written: "13005", "13205", "2A004". */
export const COMMUNE_CODE = /^[0-9][0-9AB][0-9]{3}$/;
