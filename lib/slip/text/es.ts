import type { SlipText } from './keys';

export const es: SlipText = {
  forPatient: 'Para el paciente',
  title: 'Hoy usamos una receta en papel',
  titlePharmacy: 'Hoy aceptamos una receta en papel',
  lead: 'Hoy no pudimos comprobar su seguro de salud por internet.\nPor eso no se puede usar la receta electrónica.',
  leadPharmacy:
    'Hoy no pudimos comprobar su seguro de salud por internet.\nPor eso no podemos recibir una receta electrónica. Aceptamos una receta en papel.',
  callHeading: '¿Tiene preguntas? Llame gratis a este número',
  lineName: 'Línea gratuita My Number, atención en otros idiomas',
  languagesLabel: 'Idiomas',
  ask: 'Al llamar, diga que su pregunta es sobre:',
  askTopic: 'el uso de la tarjeta My Number como tarjeta del seguro de salud',
  hours: 'Horario (hora de Japón)',
  weekday: 'Días laborables',
  saturday: 'Sáb.',
  sunday: 'Dom.',
  holiday: 'festivos',
  closed: 'cerrado',
  listJoiner: ', ',
  rangeDash: '–',
  yearEndClosed: 'Cerrado del {d1}/{m1} al {d2}/{m2} (Año Nuevo)',
  holidaysUnknown: 'No conocemos los festivos de este año; en un festivo el horario puede ser otro.',
  qr: 'Más información (en inglés)',
  insurerHeading: 'También puede preguntar a su aseguradora de salud',
  insurer:
    'La aseguradora de su seguro de salud también puede ayudarle.\nDespués de un cambio de trabajo o de domicilio, es posible que su aseguradora aún no le haya registrado.',
  source: 'Fuente: aviso del Ministerio de Salud, Trabajo y Bienestar de Japón, 6 de junio de 2023 (modificado el 9 de junio)',
};
