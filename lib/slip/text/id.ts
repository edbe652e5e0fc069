import type { SlipText } from './keys';

export const id: SlipText = {
  forPatient: 'Untuk pasien',
  title: 'Hari ini memakai resep kertas',
  titlePharmacy: 'Hari ini kami menerima resep kertas',
  lead: 'Hari ini kami tidak dapat memeriksa asuransi kesehatan Anda secara online.\nKarena itu, resep elektronik tidak dapat dipakai.',
  leadPharmacy:
    'Hari ini kami tidak dapat memeriksa asuransi kesehatan Anda secara online.\nKarena itu, kami tidak dapat menerima resep elektronik. Kami menerima resep kertas.',
  callHeading: 'Ada pertanyaan? Hubungi nomor gratis ini',
  lineName: 'Telepon gratis My Number, layanan bahasa asing',
  languagesLabel: 'Bahasa',
  ask: 'Saat menelepon, katakan bahwa pertanyaan Anda tentang:',
  askTopic: 'pemakaian kartu My Number sebagai kartu asuransi kesehatan',
  hours: 'Jam layanan (waktu Jepang)',
  weekday: 'Hari kerja',
  saturday: 'Sabtu',
  sunday: 'Minggu',
  holiday: 'hari libur nasional',
  closed: 'tutup',
  listJoiner: ', ',
  rangeDash: '–',
  yearEndClosed: 'Tutup {d1}/{m1}–{d2}/{m2} (libur Tahun Baru)',
  holidaysUnknown: 'Hari libur tahun ini belum diketahui di sini; jam layanan pada hari libur bisa berbeda.',
  qr: 'Informasi lebih lanjut (bahasa Inggris)',
  insurerHeading: 'Anda juga dapat bertanya kepada penyelenggara asuransi kesehatan Anda',
  insurer:
    'Penyelenggara asuransi kesehatan Anda juga dapat membantu.\nSetelah pindah kerja atau pindah rumah, data Anda mungkin belum didaftarkan oleh penyelenggara asuransi.',
  source: 'Sumber: pemberitahuan Kementerian Kesehatan, Ketenagakerjaan, dan Kesejahteraan Jepang, 6 Juni 2023 (diubah 9 Juni 2023)',
};
