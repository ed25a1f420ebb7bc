/**
 * Town centres for the synthetic generator (scripts/synthetic.ts), weighted towards the places where most
 * protests and deaths of December 2022 – March 2023 were reported. Coordinates are approximate town centres.
 */

/** A town centre `[lng, lat]` inside its INEI department, a relative weight and an optional peak day. */
export interface Town {
  name: string;
  lng: number;
  lat: number;
  department: string;
  weight: number;
  peak?: string;
}

const town = (
  name: string,
  lng: number,
  lat: number,
  department: string,
  weight: number,
  peak?: string,
): Town => (peak ? { name, lng, lat, department, weight, peak } : { name, lng, lat, department, weight });

/** 42 town centres, each inside its department in data/boundaries (tests/scripts/synthetic.test.ts checks). */
export const TOWNS: readonly Town[] = [
  town('Juliaca', -70.13, -15.5, 'PE-PUN', 9, '2023-01-09'),
  town('Puno', -70.02, -15.84, 'PE-PUN', 5, '2023-01-09'),
  town('Ilave', -69.64, -16.09, 'PE-PUN', 3, '2023-01-09'),
  town('Azángaro', -70.19, -14.91, 'PE-PUN', 2),
  town('Ayaviri', -70.59, -14.88, 'PE-PUN', 1),
  town('Macusani', -70.43, -14.07, 'PE-PUN', 1),
  town('Ayacucho', -74.22, -13.16, 'PE-AYA', 7, '2022-12-15'),
  town('Huanta', -74.25, -12.94, 'PE-AYA', 2, '2022-12-15'),
  town('Andahuaylas', -73.38, -13.66, 'PE-APU', 5, '2022-12-11'),
  town('Abancay', -72.88, -13.63, 'PE-APU', 3, '2022-12-12'),
  town('Chalhuanca', -73.18, -14.29, 'PE-APU', 1, '2022-12-12'),
  town('Cusco', -71.97, -13.53, 'PE-CUS', 5, '2023-01-11'),
  town('Sicuani', -71.23, -14.27, 'PE-CUS', 2),
  town('Quillabamba', -72.69, -12.86, 'PE-CUS', 1),
  town('Yauri', -71.41, -14.79, 'PE-CUS', 1),
  town('Arequipa', -71.54, -16.4, 'PE-ARE', 5, '2022-12-12'),
  town('Camaná', -72.71, -16.62, 'PE-ARE', 1),
  town('Lima', -77.03, -12.05, 'PE-LIM', 10, '2023-01-19'),
  town('Huacho', -77.61, -11.11, 'PE-LIM', 1),
  town('San Vicente de Cañete', -76.39, -13.08, 'PE-LIM', 1),
  town('Callao', -77.12, -12.06, 'PE-CAL', 1),
  town('Ica', -75.73, -14.07, 'PE-ICA', 3, '2022-12-14'),
  town('Chincha Alta', -76.13, -13.41, 'PE-ICA', 1),
  town('Pisco', -76.2, -13.71, 'PE-ICA', 1),
  town('Nasca', -74.94, -14.83, 'PE-ICA', 1),
  town('Huancayo', -75.21, -12.07, 'PE-JUN', 3),
  town('Pichanaki', -74.87, -10.93, 'PE-JUN', 2, '2022-12-15'),
  town('La Oroya', -75.91, -11.52, 'PE-JUN', 1),
  town('Trujillo', -79.03, -8.11, 'PE-LAL', 2),
  town('Cajamarca', -78.52, -7.16, 'PE-CAJ', 2),
  town('Tacna', -70.25, -18.01, 'PE-TAC', 2),
  town('Moquegua', -70.93, -17.19, 'PE-MOQ', 1),
  town('Ilo', -71.34, -17.64, 'PE-MOQ', 1),
  town('Huancavelica', -74.97, -12.79, 'PE-HUV', 1),
  town('Huánuco', -76.24, -9.93, 'PE-HUC', 1),
  town('Piura', -80.63, -5.19, 'PE-PIU', 1),
  town('Chiclayo', -79.84, -6.77, 'PE-LAM', 1),
  town('Pucallpa', -74.55, -8.38, 'PE-UCA', 1),
  town('Puerto Maldonado', -69.19, -12.59, 'PE-MDD', 1, '2023-01-19'),
  town('Huaraz', -77.53, -9.53, 'PE-ANC', 1),
  town('Chimbote', -78.58, -9.07, 'PE-ANC', 1),
  town('Tarapoto', -76.36, -6.49, 'PE-SAM', 1),
];
