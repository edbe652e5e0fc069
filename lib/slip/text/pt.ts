import type { SlipText } from './keys';

// Brazilian spelling: most Portuguese speakers in Japan are from Brazil.
export const pt: SlipText = {
  forPatient: 'Para o paciente',
  title: 'Hoje usamos uma receita em papel',
  titlePharmacy: 'Hoje aceitamos uma receita em papel',
  lead: 'Hoje não conseguimos confirmar o seu seguro de saúde pela internet.\nPor isso, não é possível usar a receita eletrônica.',
  leadPharmacy:
    'Hoje não conseguimos confirmar o seu seguro de saúde pela internet.\nPor isso, não podemos receber uma receita eletrônica. Aceitamos uma receita em papel.',
  callHeading: 'Dúvidas? Ligue grátis para este número',
  lineName: 'Central gratuita My Number, atendimento em outros idiomas',
  languagesLabel: 'Idiomas',
  ask: 'Ao ligar, diga que a sua dúvida é sobre:',
  askTopic: 'o uso do cartão My Number como cartão do seguro de saúde',
  hours: 'Horário (hora do Japão)',
  weekday: 'Dias úteis',
  saturday: 'Sáb.',
  sunday: 'Dom.',
  holiday: 'feriados',
  closed: 'fechado',
  listJoiner: ', ',
  rangeDash: '–',
  yearEndClosed: 'Fechado de {d1}/{m1} a {d2}/{m2} (Ano-Novo)',
  holidaysUnknown: 'Não sabemos os feriados deste ano; em um feriado o horário pode ser outro.',
  qr: 'Mais informações (em inglês)',
  insurerHeading: 'Você também pode perguntar à sua seguradora de saúde',
  insurer:
    'A seguradora do seu seguro de saúde também pode ajudar.\nDepois de mudar de emprego ou de endereço, a seguradora pode ainda não ter feito o seu registro.',
  source: 'Fonte: aviso do Ministério da Saúde, Trabalho e Bem-Estar do Japão, 6 de junho de 2023 (alterado em 9 de junho)',
};
