// The customers screens with their routes, for the page tests.
import { Route, Routes, useLocation } from 'react-router-dom';
import CustomersPage from '@/features/customers/CustomersPage';
import CustomerPage from '@/features/customers/CustomerPage';

/** Shows where the app navigated to, standing in for screens that are not under test. */
function Where() {
  const { pathname, search } = useLocation();
  return <output aria-label="location">{pathname + search}</output>;
}

/** The customers screens with their routes, plus a stand-in for the order screens they link to. */
export function CustomerRoutes() {
  return (
    <Routes>
      <Route path="/customers" element={<CustomersPage />} />
      <Route path="/customers/:id" element={<CustomerPage />} />
      <Route path="/orders/*" element={<Where />} />
    </Routes>
  );
}
