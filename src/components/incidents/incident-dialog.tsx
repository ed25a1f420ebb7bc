import type { Incident } from '../../data/schema.ts';
import { Dialog } from '../dialog.tsx';
import { IncidentDetails } from './incident-details.tsx';

/**
 * The open incident on a phone, where the panel is a strip under the map: a modal dialog over the page
 * (focus kept inside, Escape closes, focus returns to the control that opened it), titled with the place.
 */
export function IncidentDialog({ incident, onClose }: { incident: Incident; onClose(): void }) {
  return (
    <Dialog key={incident.id} title={incident.place} testId="incident-dialog" onClose={onClose}>
      <IncidentDetails incident={incident} onClose={onClose} isInDialog />
    </Dialog>
  );
}
