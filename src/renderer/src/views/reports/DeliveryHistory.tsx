// The latest deliveries: period, recipient, state, the server's answer, and "resend" for failed or unknown ones.
import type { ReactNode } from 'react';
import type { DeliveryView } from '../../../../shared/contract/reports-schemas';
import { useReportTexts } from './report-texts';

export function DeliveryHistory({
  rows,
  onResend,
}: {
  rows: DeliveryView[];
  onResend: (id: number) => void;
}): ReactNode {
  const { rt, catalogue } = useReportTexts();
  return (
    <section className="reports-section" data-testid="delivery-history">
      <h3>{rt('historyTitle')}</h3>
      {rows.length === 0 ? (
        <p className="hint">{rt('historyEmpty')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{rt('colPeriod')}</th>
              <th scope="col">{rt('colRecipient')}</th>
              <th scope="col">{rt('colState')}</th>
              <th scope="col">{rt('colAnswer')}</th>
              <th scope="col">
                <span className="sr-only">{rt('resend')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-testid="delivery-row" data-state={r.state}>
                <td>
                  {r.job.includes('weekly') ? catalogue.weekly.title : catalogue.daily.title}{' '}
                  {r.periodKey.slice(0, 10)}
                </td>
                <td>{r.recipient}</td>
                <td>{catalogue.state[r.state]}</td>
                <td>{r.response ?? ''}</td>
                <td>
                  {(r.state === 'failed' || r.state === 'unknown') && (
                    <button type="button" onClick={() => onResend(r.id)} data-testid="delivery-resend">
                      {rt('resend')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
