import { createRoot } from 'react-dom/client';
import { BUNDLED_SCHOOLS } from '@/src/config/bundled';
import { ComplaintsPage } from '@/src/ui/ComplaintsPage';
import '@/src/ui/theme.css';

const id = new URLSearchParams(location.search).get('school');
const school = BUNDLED_SCHOOLS.find((s) => s.id === id) ?? (BUNDLED_SCHOOLS.length === 1 ? BUNDLED_SCHOOLS[0] : undefined);
createRoot(document.getElementById('root')!).render(<ComplaintsPage school={school} />);
