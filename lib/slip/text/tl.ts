import type { SlipText } from './keys';

// Dates month/day, as written in the Philippines.
export const tl: SlipText = {
  forPatient: 'Para sa pasyente',
  title: 'Papel na reseta ang gagamitin ngayon',
  titlePharmacy: 'Tumatanggap kami ngayon ng papel na reseta',
  lead: 'Hindi namin ma-check online ang iyong health insurance ngayon.\nKaya hindi magagamit ang electronic na reseta.',
  leadPharmacy:
    'Hindi namin ma-check online ang iyong health insurance ngayon.\nKaya hindi kami makatanggap ng electronic na reseta. Tumatanggap kami ng papel na reseta.',
  callHeading: 'May tanong? Tumawag nang libre sa numerong ito',
  lineName: 'My Number free dial, linya para sa ibang wika',
  languagesLabel: 'Mga wika',
  ask: 'Sa telepono, sabihin na ang tanong mo ay tungkol sa:',
  askTopic: 'paggamit ng My Number card bilang health insurance card',
  hours: 'Oras (oras sa Japan)',
  weekday: 'Karaniwang araw',
  saturday: 'Sabado',
  sunday: 'Linggo',
  holiday: 'pista opisyal',
  closed: 'sarado',
  listJoiner: ', ',
  rangeDash: '–',
  yearEndClosed: 'Sarado mula {m1}/{d1} hanggang {m2}/{d2} (Bagong Taon)',
  holidaysUnknown: 'Hindi pa alam dito ang mga pista opisyal ngayong taon; maaaring iba ang oras sa pista opisyal.',
  qr: 'Higit pang impormasyon (sa Ingles)',
  insurerHeading: 'Maaari ka ring magtanong sa iyong health insurer',
  insurer:
    'Makakatulong din ang health insurer na kinabibilangan mo.\nPagkatapos lumipat ng trabaho o bahay, maaaring hindi ka pa nairehistro ng insurer.',
  source: 'Pinagmulan: abiso ng Ministry of Health, Labour and Welfare ng Japan, Hunyo 6, 2023 (binago noong Hunyo 9, 2023)',
};
