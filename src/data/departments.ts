/** One of Peru's 25 departments as in the INEI boundary file (`iso_3166_2`, `ubigeo`, `name`). */
export interface Department {
  iso: string;
  ubigeo: string;
  name: string;
}

/** Peru's departments sorted by INEI code; Lima (PE-LIM, Lima Metropolitana included) and Callao are separate. */
export const DEPARTMENTS: readonly Department[] = [
  { iso: 'PE-AMA', ubigeo: '01', name: 'Amazonas' },
  { iso: 'PE-ANC', ubigeo: '02', name: 'Áncash' },
  { iso: 'PE-APU', ubigeo: '03', name: 'Apurímac' },
  { iso: 'PE-ARE', ubigeo: '04', name: 'Arequipa' },
  { iso: 'PE-AYA', ubigeo: '05', name: 'Ayacucho' },
  { iso: 'PE-CAJ', ubigeo: '06', name: 'Cajamarca' },
  { iso: 'PE-CAL', ubigeo: '07', name: 'Callao' },
  { iso: 'PE-CUS', ubigeo: '08', name: 'Cusco' },
  { iso: 'PE-HUV', ubigeo: '09', name: 'Huancavelica' },
  { iso: 'PE-HUC', ubigeo: '10', name: 'Huánuco' },
  { iso: 'PE-ICA', ubigeo: '11', name: 'Ica' },
  { iso: 'PE-JUN', ubigeo: '12', name: 'Junín' },
  { iso: 'PE-LAL', ubigeo: '13', name: 'La Libertad' },
  { iso: 'PE-LAM', ubigeo: '14', name: 'Lambayeque' },
  { iso: 'PE-LIM', ubigeo: '15', name: 'Lima' },
  { iso: 'PE-LOR', ubigeo: '16', name: 'Loreto' },
  { iso: 'PE-MDD', ubigeo: '17', name: 'Madre de Dios' },
  { iso: 'PE-MOQ', ubigeo: '18', name: 'Moquegua' },
  { iso: 'PE-PAS', ubigeo: '19', name: 'Pasco' },
  { iso: 'PE-PIU', ubigeo: '20', name: 'Piura' },
  { iso: 'PE-PUN', ubigeo: '21', name: 'Puno' },
  { iso: 'PE-SAM', ubigeo: '22', name: 'San Martín' },
  { iso: 'PE-TAC', ubigeo: '23', name: 'Tacna' },
  { iso: 'PE-TUM', ubigeo: '24', name: 'Tumbes' },
  { iso: 'PE-UCA', ubigeo: '25', name: 'Ucayali' },
];

const byIso = new Map(DEPARTMENTS.map((d) => [d.iso, d]));

/** The department with this ISO 3166-2 code, or undefined. O(1). */
export function findDepartment(iso: string): Department | undefined {
  return byIso.get(iso);
}

/** Peru's bounding box `[west, south, east, north]` in degrees, with a small margin. */
export const PERU_BBOX = [-81.5, -18.5, -68.5, 0.1] as const;
