/** The note-card print view (outside the app shell): /print/notes?orders=id1,id2 */
export default function PrintNotesPage() {
  return null;
}
