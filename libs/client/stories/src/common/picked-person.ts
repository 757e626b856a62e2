/** A person chosen in a picker: enough to show the name. */
export interface PickedPerson {
  id: string;
  displayName: string;
  displayNameEn: string;
}
