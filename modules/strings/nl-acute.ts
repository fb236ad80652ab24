/** The recognised reasons for acute danger (stappenplan/acute-reasons.ts), for the result and the wijzer. Part of strings/nl.ts. */
export const acuteText = {
  acuteReason: {
    letsel: 'ernstig letsel dat waarschijnlijk is toegebracht',
    verwurging: 'een poging tot verwurging',
    wapens: 'geweld met of dreiging met een wapen',
    'seksueel-geweld': 'seksueel misbruik of seksueel geweld met een reëel risico dat het opnieuw gebeurt',
    falsificatie: 'een verzorger die klachten vervalst en zo de gezondheid acuut bedreigt',
    onthulling: 'een onthulling: het slachtoffer vertelt over het geweld',
    'zorg-valt-weg':
      'de zorg voor een kind of afhankelijke dreigt weg te vallen (suïcide, psychose, onder invloed)',
    'gedwongen-vlucht': 'iemand moet het huis uit vluchten voor geweld',
    zwangerschap: 'geweld tegen een zwangere vrouw, of middelengebruik dat het ongeboren kind acuut bedreigt',
    oorlogsgeweld: 'een kind wordt blootgesteld aan oorlogsgeweld',
    mensenhandel: 'mensenhandel of uitbuiting',
    levensbedreiging:
      'een acute dreiging met doden, ernstig verwonden of vrijheidsberoving (zoals eerwraak, huwelijksdwang of VGV)',
    'basiszorg-ontbreekt':
      'de meest basale zorg ontbreekt (eten, drinken, kleding, onderdak of nodige medische zorg)',
  },
} as const;
