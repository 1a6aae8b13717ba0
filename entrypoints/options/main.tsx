import { createRoot } from 'react-dom/client';
import { Options } from '@/src/ui/Options';
import '@/src/ui/theme.css';

createRoot(document.getElementById('root')!).render(<Options />);
