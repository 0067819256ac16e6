import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountDoc, Address, ContactDoc, QuoteDoc, SettingValue } from '../../../../shared/entities';
import { formatPhone } from '../../../../shared/phone/phone';
import type { IrrDisplayUnit, Language } from '../../../../shared/preferences';
import { withDigits } from '../../../../shared/text/digits';
import { printStyle, quotePrintModel, type PrintStyle } from './quote-print-model';
import classes from './print.module.css';

export type CompanyInfo = SettingValue<'company'>;

export interface QuotePrintViewProps {
  quote: QuoteDoc;
  company: CompanyInfo;
  /** The customer; null when the quote names none (or it was deleted). */
  account: AccountDoc | null;
  contact: ContactDoc | null;
  language: Language;
  irrUnit: IrrDisplayUnit;
  /** Data, fonts and pictures are in: the page may be printed (data-ready). */
  ready: boolean;
}

/** An LTR island (numbers, codes, phones) in the document's digits. */
function Ltr({ children, style }: { children: string; style: PrintStyle }) {
  return <bdi dir="ltr">{withDigits(children, style.digits)}</bdi>;
}

/** A left-to-right isolate inside a translated sentence (where <bdi> cannot go). */
const ltrIsolate = (text: string) => `\u2066${text}\u2069`;

function addressText(address: Address, language: Language): string {
  const separator = language === 'fa' ? '، ' : ', ';
  return [address.country, address.province, address.city, address.street].filter(Boolean).join(separator);
}

function PartyLine({ label, children }: { label: string; children: ReactNode }) {
  return <div><span className={classes.muted}>{label}: </span>{children}</div>;
}

/**
 * The printed proforma invoice (پیش‌فاکتور): one A4 page per screen, Persian RTL with Jalali
 * dates and Persian digits, or English LTR with Gregorian dates. Presentational only: the
 * page loads the data; server-rendered in the unit tests.
 */
export function QuotePrintView({ quote, company, account, contact, language, irrUnit, ready }: QuotePrintViewProps) {
  const { t } = useTranslation('quotes');
  const style = printStyle(language, irrUnit);
  const model = quotePrintModel(quote, style);
  const dir = language === 'fa' ? 'rtl' : 'ltr';

  return (
    <article className={classes.sheet} dir={dir} lang={language} data-testid="quote-print" data-ready={ready ? 'true' : undefined} data-language={language}>
      {model === null ? (
        <p role="alert">{t('print.cannotCompute')}</p>
      ) : (
        <>
          <header className={classes.head}>
            <div className={classes.brand}>
              {company.logo && <img className={classes.logo} src={company.logo} alt={t('print.logoAlt')} />}
              <div>
                {company.name && <h1 className={classes.companyName} data-testid="print-company"><bdi>{company.name}</bdi></h1>}
                {company.address && <div className={classes.muted}><bdi>{company.address}</bdi></div>}
                {company.phone && <div className={classes.muted}>{t('print.phone')}: <Ltr style={style}>{company.phone}</Ltr></div>}
              </div>
            </div>
            <div className={classes.docTitle}>
              <h2>{t('print.title')}</h2>
              <dl className={classes.meta}>
                <dt>{t('print.number')}</dt>
                <dd data-testid="print-number">
                  <bdi dir="ltr">{model.number}</bdi>
                  {model.provisional && <span className={classes.small}> {t('print.provisional')}</span>}
                </dd>
                <dt>{t('print.date')}</dt>
                <dd data-testid="print-issue-date"><bdi dir="ltr">{model.issueDate}</bdi></dd>
                <dt>{t('print.validUntil')}</dt>
                <dd data-testid="print-valid-until"><bdi dir="ltr">{model.validUntil}</bdi></dd>
              </dl>
            </div>
          </header>

          <section className={classes.parties}>
            <div className={classes.party} data-testid="print-seller">
              <h3>{t('print.seller')}</h3>
              <div className={classes.partyName}><bdi>{company.name || '—'}</bdi></div>
              {company.nationalId && <PartyLine label={t('print.nationalId')}><Ltr style={style}>{company.nationalId}</Ltr></PartyLine>}
              {company.economicCode && <PartyLine label={t('print.economicCode')}><Ltr style={style}>{company.economicCode}</Ltr></PartyLine>}
              {company.address && <PartyLine label={t('print.address')}><bdi>{company.address}</bdi></PartyLine>}
              {company.phone && <PartyLine label={t('print.phone')}><Ltr style={style}>{company.phone}</Ltr></PartyLine>}
            </div>
            <div className={classes.party} data-testid="print-buyer">
              <h3>{t('print.buyer')}</h3>
              <div className={classes.partyName}><bdi>{account?.name ?? '—'}</bdi></div>
              {account?.nationalId && <PartyLine label={t('print.nationalId')}><Ltr style={style}>{account.nationalId}</Ltr></PartyLine>}
              {account?.economicCode && <PartyLine label={t('print.economicCode')}><Ltr style={style}>{account.economicCode}</Ltr></PartyLine>}
              {account && addressText(account.address, language) && (
                <PartyLine label={t('print.address')}>
                  <bdi>{withDigits(addressText(account.address, language), style.digits)}</bdi>
                  {account.address.postalCode && <> — {t('print.postalCode')}: <Ltr style={style}>{account.address.postalCode}</Ltr></>}
                </PartyLine>
              )}
              {account?.phones[0] && <PartyLine label={t('print.phone')}><Ltr style={style}>{formatPhone(account.phones[0].e164, 'national')}</Ltr></PartyLine>}
              {contact && <PartyLine label={t('print.contact')}><bdi>{contact.fullName}</bdi></PartyLine>}
            </div>
          </section>

          {quote.title && <p className={classes.subject}><strong>{t('print.subject')}: </strong><bdi>{quote.title}</bdi></p>}

          <table className={classes.table} data-testid="print-lines">
            <thead>
              <tr>
                <th>{t('print.col.row')}</th>
                <th>{t('print.col.description')}</th>
                <th>{t('print.col.sku')}</th>
                <th>{t('print.col.quantity')}</th>
                <th>{t('print.col.unit')}</th>
                <th>{t('print.col.unitPrice', { unit: model.unit })}</th>
                <th>{t('print.col.gross', { unit: model.unit })}</th>
                <th>{t('print.col.discount', { unit: model.unit })}</th>
                <th>{t('print.col.net', { unit: model.unit })}</th>
              </tr>
            </thead>
            <tbody>
              {model.lines.map((line) => (
                <tr key={line.id} data-testid="print-line">
                  <td className={classes.center}>{line.row}</td>
                  <td><bdi>{line.description}</bdi></td>
                  <td className={classes.code}>{line.sku && <bdi dir="ltr">{line.sku}</bdi>}</td>
                  <td className={classes.center}><bdi dir="ltr">{line.quantity}</bdi></td>
                  <td className={classes.center}><bdi>{line.unit}</bdi></td>
                  <td className={classes.amount}><bdi dir="ltr">{line.unitPrice}</bdi></td>
                  <td className={classes.amount}><bdi dir="ltr">{line.gross}</bdi></td>
                  <td className={classes.amount}>
                    {line.discount ? <bdi dir="ltr">{line.discount}</bdi> : '—'}
                    {line.discountPercent && <div className={classes.small}>({line.discountPercent})</div>}
                  </td>
                  <td className={classes.amount}><bdi dir="ltr">{line.net}</bdi></td>
                </tr>
              ))}
            </tbody>
          </table>

          <div className={classes.summary}>
            <div className={classes.words} data-testid="print-words">
              <div className={classes.muted}>{t('print.inWords')}</div>
              <strong><bdi>{model.totalInWords}</bdi></strong>
            </div>
            <table className={`${classes.table} ${classes.totals}`} data-testid="print-totals">
              <tbody>
                <tr><th>{t('totals.subtotal')}</th><td className={classes.amount}><bdi dir="ltr">{model.subtotal}</bdi></td></tr>
                {model.discount && (
                  <tr>
                    <th>{t('totals.discount')}{model.discountPercent && ` (${model.discountPercent})`}</th>
                    <td className={classes.amount}><bdi dir="ltr">{model.discount}</bdi></td>
                  </tr>
                )}
                <tr><th>{t('totals.taxable')}</th><td className={classes.amount}><bdi dir="ltr">{model.taxable}</bdi></td></tr>
                <tr><th>{t('print.vat', { percent: model.vatPercent })}</th><td className={classes.amount}><bdi dir="ltr">{model.vat}</bdi></td></tr>
                <tr className={classes.grandTotal}>
                  <th>{t('print.payable')}</th>
                  <td className={classes.amount} data-testid="print-total"><bdi>{model.total}</bdi></td>
                </tr>
              </tbody>
            </table>
          </div>

          <p className={classes.small}>
            {t('print.amountsIn', { unit: model.unit })}
            {model.rate && <> · {t('print.rate', { one: model.rate.one, equals: model.rate.equals, date: ltrIsolate(model.rate.date) })}</>}
          </p>
          <p data-testid="print-validity"><bdi>{t('print.validity', { date: ltrIsolate(model.validUntil) })}</bdi></p>

          {quote.notes && (
            <div className={classes.notes}>
              <h4>{t('fields.notes')}</h4>
              <div dir="auto">{quote.notes}</div>
            </div>
          )}
          {quote.terms && (
            <div className={classes.notes}>
              <h4>{t('fields.terms')}</h4>
              <div dir="auto">{quote.terms}</div>
            </div>
          )}

          <footer className={classes.signatures}>
            <div className={classes.signature}>{t('print.sellerSignature')}</div>
            <div className={classes.signature}>{t('print.buyerSignature')}</div>
          </footer>
        </>
      )}
    </article>
  );
}
