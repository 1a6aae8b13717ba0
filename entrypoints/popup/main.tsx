import { createRoot } from 'react-dom/client';
import { Popup } from '@/src/ui/Popup';
import '@/src/ui/theme.css';

createRoot(document.getElementById('root')!).render(<Popup />);
