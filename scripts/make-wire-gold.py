#!/usr/bin/env python3
"""Writes corpus/wire.jsonl: the gold of the wire-style stories in corpus/wire/.

The stories were written for whosaid's tests, in the conventions of news
agency copy (strike to tower were written and annotated before whosaid was
run on them, to measure the turns of contrast held out; the last four,
hospital to airline, were written and annotated blind, by helpers that never
read whosaid's code nor ran it, as a held-out set) (datelines, a lede that names by role, quotes split around
their attribution, several paragraphs in one quote, guillemets, German and
single quote marks, shared surnames); their people, places and bodies are
made up. A claim that holds a partial quote is optional: the seed's gold
has one kind and not the other, and whosaid reports the partial quote.
Run: python3 scripts/make-wire-gold.py

Each item names its words by a unique piece of the text (`at`), the words
themselves (`text`, found from `at` on), and the annotation. Offsets are
Unicode scalar values, as FORMATS.md fixes them.
"""
import json, sys, pathlib

Q, C = 'quotes', 'claims'
A = {
 'forest': [
  (C, 'vows to', 'to protect the Lhara forest as clearing falls', None, 'Joaquim Luis Tavares da Costa', 'vows', None, True),
  (C, 'said on Tuesday that', 'his government would end illegal clearing in the Lhara basin by 2030', None, 'Joaquim Luis Tavares da Costa', 'said', None, False),
  (Q, 'called "', 'ambitious.', 'partial', 'environmental groups', 'called', None, False),
  (Q, '"We will not', 'We will not allow the forest to be destroyed by criminals,', 'direct', 'Joaquim Luis Tavares da Costa', 'told', 'reporters', False),
  (Q, '"The world', 'The world is watching us, and we are going to deliver.', 'direct', 'Joaquim Luis Tavares da Costa', 'told', 'reporters', False),
  (C, 'said the numbers', 'the numbers showed the policy was working', None, 'Helena Costa', 'said', None, False),
  (Q, '"This is the lowest', 'This is the lowest rate in five years,', 'direct', 'Helena Costa', 'said', None, False),
  (C, "The minister's figures", 'The minister\'s figures, he told the newspaper Folha do Sul, were "political propaganda" and ignored the cost to farmers', None, 'Pedro Varga', 'told', 'Folha do Sul', False),
  (Q, '"political', 'political propaganda', 'partial', 'Pedro Varga', 'told', 'Folha do Sul', False),
  (Q, '"Nobody', 'Nobody here is against the forest,', 'direct', 'Pedro Varga', 'said', None, False),
  (Q, '"We are against', 'We are against a government that treats every farmer as a criminal.', 'direct', 'Pedro Varga', 'said', None, False),
  (C, 'Research, clearing', 'clearing fell 22% in the 12 months to July', None, 'National Institute for Space Research', 'According to', None, False),
  (C, 'Greenwatch said', 'the drop was real', None, 'Greenwatch', 'said', None, False),
  (C, 'warned that', 'fires in the south were rising', None, 'Greenwatch', 'warned', None, False),
  (C, 'Costa rejected', "Varga's criticism", None, 'Helena Costa', 'rejected', None, False),
  (Q, '"The data', 'The data are public and anyone can check them,', 'direct', 'Helena Costa', 'said', None, False),
 ],
 'licences': [
  (C, 'defended plans', 'plans to grant new oil and gas licences off the North Cape', None, 'Clara Whitcombe', 'defended', None, False),
  (C, 'insisting they', 'they would protect jobs and keep bills down', None, 'Clara Whitcombe', 'insisting', None, False),
  (Q, "'We are not", 'We are not going to turn off the taps overnight,', 'direct', 'Clara Whitcombe', 'told', 'BBC', False),
  (Q, "'That would", 'That would be reckless and it would cost families hundreds of pounds.', 'direct', 'Clara Whitcombe', 'told', 'BBC', False),
  (C, 'saying the licences', 'the licences were "a matter of national security"', None, 'Grant Oakes', 'saying', None, True),
  (Q, '"a matter', 'a matter of national security', 'partial', 'Grant Oakes', 'saying', None, False),
  (C, 'said the plan', 'the plan was a gift to oil companies', None, 'the opposition', 'said', None, False),
  (Q, '"a disaster', 'a disaster for bill payers and for the climate', 'partial', 'Edwin Marsh', 'called', None, False),
  (Q, '"The government', "The government's own advisers have told them this will not cut bills by a single penny,", 'direct', 'Edwin Marsh', 'told', 'reporters', False),
  (Q, '"It is a con', 'It is a con,', 'direct', 'Edwin Marsh', 'added', None, False),
  (C, 'said new fields', 'new fields would not produce oil for years', None, 'Sarah Linde', 'said', None, False),
  (Q, '"By the time', 'By the time this oil flows, we should be well on the way to net zero,', 'direct', 'Sarah Linde', 'told', 'Wire', False),
  (Q, '"It makes', 'It makes no sense.', 'direct', 'Sarah Linde', 'told', 'Wire', False),
  (C, 'declined to', 'to comment', None, 'a spokeswoman for Northway Petroleum', 'declined', None, True),
  (C, 'said he was', 'he was "absolutely confident" the policy was right', None, 'Ravi Sandhu', 'said', None, True),
  (Q, '"absolutely', 'absolutely confident', 'partial', 'Ravi Sandhu', 'said', None, False),
 ],
 'court': [
  (C, 'ruled on Thursday that', "Ostravia's disciplinary regime for judges breached Union law", None, "the Union's top court", 'ruled', None, False),
  (C, 'a decision the', 'a decision the Ostravian government immediately rejected', None, 'the Ostravian government', 'rejected', None, True),
  (Q, '"The independence', 'The independence of judges is not negotiable,', 'direct', 'Koen Lammers', 'said', None, False),
  (Q, '"Member', 'Member states must respect it.', 'direct', 'Koen Lammers', 'said', None, False),
  (Q, '« an', 'an attack on our sovereignty', 'partial', 'Zbigniew Ziemba', 'called', None, False),
  (C, 'said the capital', 'the capital would not comply', None, 'Zbigniew Ziemba', 'said', None, False),
  (Q, '„Wir', 'Wir werden das Urteil prüfen', 'direct', 'a spokesman for the Westmark government', 'said', None, False),
  (C, 'Westmark expected', 'Ostravia to follow it', None, 'Westmark', 'expected', None, True),
  (Q, '"This is a dark', 'This is a dark day,', 'direct', 'Zbigniew Ziemba', 'told', 'reporters', False),
  (Q, '"The court has', 'The court has no right to decide how we organise our courts.\n\n"We will defend the Ostravian constitution.', 'direct', 'Zbigniew Ziemba', 'told', 'reporters', False),
  (Q, '"is dead', 'is dead in the water', 'partial', 'Zbigniew Ziemba', 'said', None, False),
  (C, 'Commission, Ostravia', 'Ostravia faces daily fines of one million euros', None, 'Regional Development Commission', 'According to', None, False),
  (Q, '"will not', 'will not hesitate', 'partial', 'Christian Weigl', 'said', None, False),
  (C, 'welcomed the', 'the ruling', None, 'Iustitia Nova', 'welcomed', None, True),
  (Q, '"Finally', 'Finally,', 'direct', 'Krystian Marek', 'wrote', None, False),
 ],
 'seafood': [
  (C, 'urged Tsinlo', 'Tsinlo to lift its ban on Nakaran seafood', None, 'Nakara', 'urged', 'Tsinlo', False),
  (Q, '"scientifically', 'scientifically unfounded', 'partial', 'Nakara', 'calling', None, False),
  (Q, '"We strongly', 'We strongly request that Tsinlo immediately withdraw the measure,', 'direct', 'Hiroshi Matsuda', 'told', 'a regular news conference', False),
  (Q, '"turned', 'turned the ocean into a sewer', 'partial', 'Mei Ling', 'said', None, False),
  (Q, '"take all', 'take all necessary measures to protect food safety', 'partial', 'Mei Ling', 'said', None, False),
  (Q, '"Nakara should', 'Nakara should stop this wrong act,', 'direct', 'Mei Ling', 'said', None, False),
  (Q, '"Who gave', 'Who gave Nakara the right to do this?', 'direct', 'Mei Ling', 'said', None, False),
  (Q, '"always', 'always comes back', 'partial', 'Haruo Onda', 'said', None, False),
  (Q, '"But this time', 'But this time I am not sure,', 'direct', 'Haruo Onda', 'said', None, False),
  (C, 'said the release', 'the release meets international standards', None, 'International Atomic Safety Agency', 'said', None, False),
  (C, 'Vienna that', 'the agency would monitor the water "for decades"', None, 'Rafael Grosz', 'told', 'reporters', True),
  (Q, '"for decades', 'for decades', 'partial', 'Rafael Grosz', 'told', 'reporters', False),
  (Q, '"We don', "We don't know enough about the long-term effects,", 'direct', 'Robert Richter', 'said', None, False),
 ],
 'rivers': [
  (C, 'Campaigners say', "water companies have treated Castland's rivers as open sewers for decades", None, 'campaigners', 'say', None, False),
  (Q, '‘We’ve', 'We’ve been lied to,', 'direct', 'Fergus Sharpe', 'says', None, False),
  (Q, '‘The companies', 'The companies told us the spills were rare. They weren’t. They’re happening every single day.', 'direct', 'Fergus Sharpe', 'says', None, False),
  (Q, '‘It’s the', 'It’s the ’90s all over again,', 'direct', 'Fergus Sharpe', 'adds', None, False),
  (Q, '‘except', 'except now we’ve got the numbers.', 'direct', 'Fergus Sharpe', 'adds', None, False),
  (C, 'industry, rejects', 'that', None, 'Water Castland', 'rejects', None, False),
  (Q, '‘Companies', 'Companies are investing record sums,', 'direct', 'a spokesperson', 'said', None, False),
  (Q, '‘Nobody', 'Nobody wants to see spills.', 'direct', 'a spokesperson', 'said', None, False),
  (C, 'Courier that', 'the government was “holding polluters to account”', None, 'Stephen Barr', 'wrote', None, True),
  (Q, '“holding', 'holding polluters to account', 'partial', 'Stephen Barr', 'wrote', None, False),
  (Q, '“Fines', 'Fines will go straight back into cleaning up our waters. We will not accept ‘business as usual’.\n\n“Customers deserve better, and they will get it.', 'direct', 'Stephen Barr', 'added', None, False),
  (Q, '“They’ve', 'They’ve been promising this for years,', 'direct', 'Ruth Dale', 'said', None, False),
  (Q, '“I’ll', 'I’ll believe it when I see it.', 'direct', 'Ruth Dale', 'said', None, False),
 ],
 'protest': [
  (C, 'Police arrested', 'Police arrested two men after clashes broke out at a demonstration in Haldor on Saturday', None, 'police', 'said', None, False),
  (C, 'Officers were', 'Officers were pelted with bottles and stones', None, 'police', 'said', None, False),
  (Q, '"We will not tolerate', 'We will not tolerate violence against our colleagues,', 'direct', 'Barbara Stein', 'told', 'RBH broadcaster', False),
  (C, 'said the force', 'the force would review video footage to identify other suspects', None, 'Barbara Stein', 'said', None, False),
  (C, 'Organisers said', 'the protest had been peaceful until police moved in', None, 'organisers', 'said', None, False),
  (Q, '"The police', 'The police attacked us first,', 'direct', 'one organiser', 'told', 'Wire', False),
  (C, 'asked not', 'not to be named for fear of reprisals', None, 'one organiser', 'asked', None, True),
  (C, 'Wire, one of', 'one of the men arrested had a previous conviction for assault', None, 'court documents', 'According to', None, False),
  (C, 'media that', 'there was "no place for hatred" on the country\'s streets', None, 'Nina Falk', 'wrote', None, True),
  (Q, '"no place', 'no place for hatred', 'partial', 'Nina Falk', 'wrote', None, False),
  (C, 'said the government', 'the government was considering a ban on further protests', None, 'two officials', 'said', None, False),
 ],
 'mayors': [
  (Q, '"They want', 'They want the jobs and we get the trucks,', 'direct', 'Tom Becker', 'said', None, False),
  (C, 'said the plan', 'the plan would "cut Ardley in two"', None, 'Tom Becker', 'said', None, True),
  (Q, '"cut Ardley', 'cut Ardley in two', 'partial', 'Tom Becker', 'said', None, False),
  (C, 'dismissed the', 'the complaint', None, 'Mark Ruiz', 'dismissed', None, True),
  (C, 'said Becker', 'Becker had known about the plan for three years and had never objected', None, 'Mark Ruiz', 'said', None, False),
  (Q, '"Tom is', 'Tom is playing politics,', 'direct', 'Mark Ruiz', 'told', 'Wire', False),
  (Q, '"He wants', 'He wants to be governor.', 'direct', 'Mark Ruiz', 'told', 'Wire', False),
  (C, 'Becker denied', 'that', None, 'Tom Becker', 'denied', None, False),
  (Q, '"I have no', 'I have no interest in being governor,', 'direct', 'Tom Becker', 'said', None, False),
  (Q, '"I have an', 'I have an interest in my town.', 'direct', 'Tom Becker', 'said', None, False),
  (Q, '"It\'s about', "It's about time something happened here,", 'direct', 'Ana Lopes', 'said', None, False),
  (Q, '"We\'ll lose', "We'll lose everything that makes this place special.", 'direct', 'John Hale', 'disagreed', None, False),
  (C, 'spokesman said', 'members had received more than 2,000 letters', None, 'a council spokesman', 'said', None, False),
 ],
 'jobs': [
  (C, 'Harlow Motors will', 'Harlow Motors will cut about 4,000 jobs worldwide', None, 'Harlow Motors', 'said', None, False),
  (C, 'filing that', 'the cuts would save $1.2 billion a year by 2026', None, 'Harlow Motors', 'said', None, False),
  (Q, '"These are', 'These are painful decisions, but they are necessary to protect the future of this company,', 'direct', 'Jane Morrow', 'told', 'analysts', False),
  (C, 'said no plants', 'no plants would close', None, 'Jane Morrow', 'said', None, False),
  (C, 'called the cuts', 'the cuts "a betrayal" of workers who had helped the company through the pandemic', None, 'United Motor Workers union', 'called', None, True),
  (Q, '"a betrayal', 'a betrayal', 'partial', 'United Motor Workers union', 'called', None, False),
  (C, 'said the union', 'the union would "use every tool we have" to fight them', None, 'Sam Ortiz', 'said', None, True),
  (Q, '"use every', 'use every tool we have', 'partial', 'Sam Ortiz', 'said', None, False),
  (Q, '"The writing', 'The writing has been on the wall for a year,', 'direct', 'Priya Nair', 'said', None, False),
  (C, 'added that rivals', 'rivals were likely to follow', None, 'Priya Nair', 'added', None, False),
  (C, 'matter, the company', 'the company had considered deeper cuts but rejected them after talks with suppliers', None, 'a person familiar with the matter', 'According to', None, False),
 ],
 'strike': [
  (C, 'Train drivers will', 'Train drivers will strike for 48 hours from Monday after talks with Westline Rail broke down', None, 'ASLEF-W', 'said', None, False),
  (Q, '"We have bent', 'We have bent over backwards to reach a deal,', 'direct', 'Moira Kelso', 'said', None, False),
  (Q, '"The company has', 'The company has offered nothing but insults.', 'direct', 'Moira Kelso', 'said', None, False),
  (C, 'said its offer', 'its offer of a 6% pay rise was fair and affordable', None, 'Westline Rail', 'said', None, False),
  (Q, '"This strike', 'This strike is completely unnecessary,', 'direct', 'a company spokesman', 'said', None, False),
  (Q, '"Our door', 'Our door remains open.', 'direct', 'a company spokesman', 'said', None, False),
  (Q, '"I lose', "I lose two days' wages every time they strike,", 'direct', 'Dev Patel', 'said', None, False),
  (C, 'urged both', 'both sides to return to talks', None, 'Alan Reyes', 'urged', None, False),
 ],
 'trial': [
  (C, 'Regulator approves', 'new dengue vaccine for children', None, 'national medicines agency', 'approves', None, True),
  (C, 'saying trials', 'trials had shown it was safe and effective', None, 'national medicines agency', 'saying', None, False),
  (Q, '"The benefits', 'The benefits clearly outweigh the risks,', 'direct', 'Imelda Santos', 'told', 'a news conference', False),
  (C, 'backed the', 'the decision', None, 'Ramon Cruz', 'backed', None, True),
  (Q, '"a turning', 'a turning point', 'partial', 'Ramon Cruz', 'calling', None, False),
  (Q, '"The trial', 'The trial was too short to see rare side effects,', 'direct', 'Paolo Reyes', 'said', None, False),
  (C, 'He said parents', 'parents should wait for more data', None, 'Paolo Reyes', 'said', None, False),
  (C, 'Infections have', 'Infections have risen in the north this year', None, 'official figures', 'show', None, False),
  (C, 'agency said supplies', 'supplies would reach every province by March', None, 'national medicines agency', 'said', None, False),
 ],
 'vote': [
  (C, 'Opposition rejects', 'Valdoria election result', None, 'Samuel Okafor', 'rejects', None, True),
  (C, 'refused on Sunday', 'to accept the result of the presidential election', None, 'Samuel Okafor', 'refused', None, True),
  (C, 'saying the vote', 'the vote had been rigged', None, 'Samuel Okafor', 'saying', None, False),
  (C, 'declared President', 'President Luc Ferrand the winner with 54% of the vote', None, 'electoral commission', 'declared', None, True),
  (Q, '"The count', 'The count was transparent and every ballot was checked,', 'direct', 'Odile Marchetti', 'said', None, False),
  (C, 'Okafor rejected', 'the figures', None, 'Samuel Okafor', 'rejected', None, False),
  (Q, '"We have evidence', 'We have evidence of ballot stuffing in at least 40 districts,', 'direct', 'Samuel Okafor', 'told', 'supporters', False),
  (C, 'Lind, said the', 'the election had been "largely free and fair" despite some delays', None, 'Hanna Lind', 'said', None, True),
  (Q, '"largely', 'largely free and fair', 'partial', 'Hanna Lind', 'said', None, False),
  (C, 'voters say they', 'they are tired of the dispute', None, 'many voters', 'say', None, False),
 ],
 'tower': [
  (C, 'City approves', 'tower block plan', None, 'city council', 'approves', None, True),
  (Q, '"This will', 'This will bring 600 new homes to a city that badly needs them,', 'direct', 'Priya Shah', 'said', None, False),
  (Q, '"It will block', 'It will block the light for the whole street,', 'direct', 'Tom Aldous', 'said', None, False),
  (C, 'Homes, said work', 'work would start in the spring', None, 'Harbour Homes', 'said', None, False),
  (C, 'spokesman said the plan', 'the plan had been changed twice after public consultations', None, 'a council spokesman', 'said', None, False),
 ],
 'hospital': [
  ('claims', 'cites staff', 'staff shortage', None, 'Vardale Health Authority', 'cites', None, True),
  ('claims', 'The maternity ward at', 'The maternity ward at Kelby General Hospital will close at the end of June because it can no longer be staffed safely', None, 'Annika Royle', 'said', None, False),
  ('quotes', '"We cannot', 'We cannot run a unit that depends on agency midwives brought in for the weekend,', 'direct', 'Annika Royle', 'said', None, False),
  ('quotes', '"That is not', 'That is not safe for mothers, and it is not safe for babies.', 'direct', 'Annika Royle', 'said', None, False),
  ('claims', 'The authority said that', 'about 300 births a year would move to Tarrow Royal Infirmary, 70 km to the south', None, 'Vardale Health Authority', 'said', None, False),
  ('claims', 'said the drive', 'the drive to Tarrow took "around 50 minutes"', None, 'a spokesman for the authority', 'said', None, True),
  ('quotes', '"around', 'around 50 minutes', 'partial', 'a spokesman for the authority', 'said', None, False),
  ('claims', 'and that ambulance', 'ambulance crews would be trained for roadside deliveries', None, 'a spokesman for the authority', 'said', None, False),
  ('claims', 'said the road', 'the road over the Harl pass was often shut in winter', None, 'Gwen Tarrant', 'said', None, False),
  ('quotes', '"On a bad', 'On a bad night in January it is two hours, if you get through at all,', 'direct', 'Gwen Tarrant', 'told', 'Wire', False),
  ('claims', 'said the shortage', "the shortage was the authority's own doing", None, "Midwives' Guild", 'said', None, False),
  ('quotes', '"They froze', 'They froze recruitment two years ago and now they tell us there is nobody to hire,', 'direct', 'Sorcha Breen', 'said', None, False),
  ('quotes', '"This closure', 'This closure was manufactured.', 'direct', 'Sorcha Breen', 'said', None, False),
  ('claims', 'Royle insisted', 'no decision had been taken before a public consultation ended in April', None, 'Annika Royle', 'insisted', None, False),
  ('claims', 'the media, managers', 'managers were drawing up rotas for the closure as early as January', None, 'a senior doctor at the hospital', 'According to', None, False),
  ('claims', 'also said mothers', 'mothers in the west of the district could give birth at the St. Wendelin clinic in Oberhalden, across the border', None, 'Vardale Health Authority', 'said', None, False),
  ('quotes', '„Wir', 'Wir können nicht jede Geburt aus Kelby übernehmen', 'direct', 'Jürgen Falkner', 'told', 'Grenzbote', False),
  ('claims', 'adding that', 'the clinic had not been consulted', None, 'Jürgen Falkner', 'adding', None, False),
  ('claims', 'said she had', 'she had already been advised to book a hotel in Tarrow near her due date', None, 'Leah Dunmore', 'said', None, False),
  ('quotes', '“They are', 'They are asking women to move house to have a baby,', 'direct', 'Leah Dunmore', 'said', None, False),
 ],
 'doping': [
  ('claims', "Marevia's athletics federation has", "Marevia's athletics federation has provisionally suspended national 100 metres champion Imani Castell after she tested positive for a banned steroid", None, 'Olek Brandvik', 'said', None, False),
  ('quotes', '‘No athlete', 'No athlete is bigger than the sport,', 'direct', 'Olek Brandvik', 'told', 'a news conference', False),
  ('quotes', '‘The rules', 'The rules are the same for a champion as for a junior.', 'direct', 'Olek Brandvik', 'told', 'a news conference', False),
  ('quotes', '‘We will not', 'We will not make exceptions.', 'direct', 'Olek Brandvik', 'told', 'a news conference', False),
  ('claims', 'The federation said that', 'a urine sample taken at an out-of-competition test in March had shown traces of the steroid drostanolone', None, 'Marevian Athletics Federation', 'said', None, False),
  ('claims', 'denied any', 'any wrongdoing', None, 'Imani Castell', 'denied', None, False),
  ('quotes', '“I have never', 'I have never knowingly taken anything banned,', 'direct', 'Imani Castell', 'wrote', None, False),
  ('quotes', '“I have always', 'I have always made myself available to the testers, every single time.', 'direct', 'Imani Castell', 'wrote', None, False),
  ('claims', 'said the backup', 'the backup B sample had not yet been opened', None, 'Daniel Fenwick', 'said', None, False),
  ('claims', 'and that the suspension', 'the suspension was “premature and unfair”', None, 'Daniel Fenwick', 'said', None, True),
  ('quotes', '“premature', 'premature and unfair', 'partial', 'Daniel Fenwick', 'said', None, False),
  ('quotes', '‘Both', 'Both samples were analysed in line with international standards,', 'direct', 'a spokeswoman for the National Anti-Doping Office', 'said', None, False),
  ('claims', 'confidential, Castell', 'Castell had missed two tests in the past 12 months', None, 'a federation official', 'According to', None, False),
  ('quotes', '« Imani', 'Imani est une athlète propre, je n’ai aucun doute', 'direct', 'Thierry Lamarque', 'told', 'Piste', False),
  ('claims', 'He said that', 'any trace could have come from a contaminated supplement', None, 'Thierry Lamarque', 'said', None, False),
  ('claims', 'Rehn insisted', 'the federation had followed the rules to the letter', None, 'Pavla Rehn', 'insisted', None, False),
  ('claims', 'and that Marevia', "Marevia's bid to host the 2031 world indoor championships was not at risk", None, 'Pavla Rehn', 'insisted', None, False),
 ],
 'zoning': [
  ('claims', 'council approves', 'warehouse on Haldane farmland', None, 'Millbrook city council', 'approves', None, True),
  ('claims', 'told councillors', 'the site had been set aside for industry for more than a decade', None, 'Dana Kowalczyk', 'told', 'councillors', False),
  ('quotes', '"This is grade', 'This is grade-one soil, and you do not get it back,', 'direct', 'Walter Brennick', 'said', None, False),
  ('quotes', '"Once they', 'Once they pour the concrete, it is gone for good.', 'direct', 'Walter Brennick', 'said', None, False),
  ('claims', 'said that the land', "the land had been zoned for employment in the city's 2014 plan", None, 'Dana Kowalczyk', 'said', None, False),
  ('claims', 'and that every', 'every landowner nearby had been consulted at the time', None, 'Dana Kowalczyk', 'said', None, False),
  ('quotes', '"Nobody can', 'Nobody can say this came out of nowhere,', 'direct', 'Dana Kowalczyk', 'told', 'the meeting', False),
  ('claims', 'Brennick said he', 'he had never received a single letter', None, 'Walter Brennick', 'said', None, False),
  ('quotes', '"We read', 'We read about it in the paper,', 'direct', 'Walter Brennick', 'said', None, False),
  ('claims', 'Logistics, said the', 'the warehouse would bring 600 permanent jobs', None, 'Castellan Logistics', 'said', None, False),
  ('quotes', '« C', "C'est un investissement pour toute la région", 'direct', 'Étienne Roubaix', 'told', 'Wire', False),
  ('claims', 'Roubaix insisted', 'drainage on the surrounding farms would not be affected', None, 'Étienne Roubaix', 'insisted', None, False),
  ('claims', 'Association, the building', 'the building and its car parks would seal off the ditches that drain three neighbouring farms', None, "Haldane Growers' Association", 'According to', None, False),
  ('quotes', '"Young people', 'Young people leave this town every year because there is no work for them,', 'direct', 'Martin Hesketh', 'told', 'reporters', False),
  ('quotes', '"A warehouse', 'A warehouse is not pretty, but it pays wages.', 'direct', 'Martin Hesketh', 'told', 'reporters', False),
  ('claims', 'against, said most', 'most of the jobs would be done by machines within five years', None, 'Ruth Ogilvy', 'said', None, False),
  ('quotes', '"written', 'written on water', 'partial', 'Ruth Ogilvy', 'called', None, False),
  ('claims', 'private, said Castellan', 'Castellan had warned it would take the project to neighbouring Ashworth if the vote went the other way', None, 'a council official', 'said', None, False),
 ],
 'airline': [
  ('claims', 'executive insisting', 'there was no sign of a wider fault', None, 'Marguerite Hale', 'insisting', None, False),
  ('quotes', '‘There is no', 'There is no evidence of a wider problem,', 'direct', 'Marguerite Hale', 'told', 'reporters', False),
  ('quotes', '‘We took', 'We took this decision ourselves, before anyone asked us to.', 'direct', 'Marguerite Hale', 'told', 'reporters', False),
  ('claims', 'Hale said all', 'all 14 aircraft used the same engine model and would be back in service within a week', None, 'Marguerite Hale', 'said', None, False),
  ('claims', 'Reinholt, said the', 'the regulator had ordered the airline on Wednesday night to keep the jets on the ground', None, 'Tomas Reinholt', 'said', None, False),
  ('quotes', '‘These aircraft', 'These aircraft do not fly until our inspectors have seen every blade,', 'direct', 'Tomas Reinholt', 'said', None, False),
  ('claims', 'Union said its', 'its members had reported heavy vibration on the engines at least nine times since January', None, "Orlesian Airline Pilots' Union", 'said', None, False),
  ('quotes', '‘Every one', 'Every one of those reports went into a drawer,', 'direct', 'Ines Barrow', 'said', None, False),
  ('quotes', '‘We are not', 'We are not surprised. We are angry.', 'direct', 'Ines Barrow', 'said', None, False),
  ('claims', 'spokesman said the', "the airline had received no vibration reports from its pilots before Tuesday's flight", None, 'a Veltra spokesman', 'said', None, False),
  ('claims', 'Westmark, said the', 'the failure appeared to be an isolated case caused by a bird strike', None, 'Hallmann Aero', 'said', None, False),
  ('quotes', '„Wir', 'Wir arbeiten eng mit den Behörden zusammen', 'direct', 'a company spokeswoman', 'said', None, False),
  ('claims', 'inspection, engineers', 'engineers had already found cracks in the fan blades of two other engines in the grounded fleet', None, 'a person familiar with the inspection', 'According to', None, False),
  ('quotes', '“There was', 'There was a bang and the whole cabin shook,', 'direct', 'Joseph Amankwah', 'said', None, False),
  ('claims', 'He said the crew', 'the crew had told them it was a “minor technical issue”', None, 'Joseph Amankwah', 'said', None, True),
  ('quotes', '“minor', 'minor technical issue', 'partial', 'Joseph Amankwah', 'said', None, False),
  ('quotes', '“It did', 'It did not feel minor,', 'direct', 'Joseph Amankwah', 'said', None, False),
  ('claims', 'Veltra said passengers', 'passengers on cancelled flights would be rebooked or refunded', None, 'Veltra Airways', 'said', None, False),
 ],
}

# Contrasts: who is set against whom, on what, and by which of their words
# (the `at` of the quotes and claims above). `rank` marks the pair that
# should head the table; a pair that is not `required` may be found or not.
X = {
 'forest': [
  ('Helena Costa', 'Pedro Varga', True, 1, "whether the clearing figures show the policy works",
   ['said the numbers', '"This is the lowest', 'Costa rejected', '"The data'],
   ["The minister's figures", '"political', '"Nobody', '"We are against']),
  ('Joaquim Luis Tavares da Costa', 'Pedro Varga', False, None, "who the forest's enemies are",
   ['"We will not', 'said on Tuesday that'], ['"We are against', '"Nobody']),
  ('Joaquim Luis Tavares da Costa', 'environmental groups', False, None, "whether the pledge can be kept",
   ['said on Tuesday that', '"The world'], ['called "']),
 ],
 'licences': [
  ('Clara Whitcombe', 'Edwin Marsh', True, 1, "whether new licences keep bills down",
   ['defended plans', 'insisting they', "'We are not", "'That would"],
   ['"a disaster', '"The government', '"It is a con']),
  ('Clara Whitcombe', 'the opposition', True, None, "who the licences serve",
   ['defended plans', 'insisting they'], ['said the plan']),
  ('Clara Whitcombe', 'Sarah Linde', True, None, "whether new fields make sense",
   ['defended plans', 'insisting they', "'We are not", "'That would"],
   ['said new fields', '"By the time', '"It makes']),
  ('Grant Oakes', 'Edwin Marsh', False, None, "the licences", ['saying the licences', '"a matter'],
   ['"a disaster', '"The government', '"It is a con']),
  ('Grant Oakes', 'the opposition', False, None, "the licences", ['saying the licences', '"a matter'], ['said the plan']),
  ('Grant Oakes', 'Sarah Linde', False, None, "the licences", ['saying the licences', '"a matter'],
   ['said new fields', '"By the time', '"It makes']),
  ('Ravi Sandhu', 'Edwin Marsh', False, None, "the licences", ['said he was', '"absolutely'],
   ['"a disaster', '"The government', '"It is a con']),
  ('Ravi Sandhu', 'Sarah Linde', False, None, "the licences", ['said he was', '"absolutely'],
   ['said new fields', '"By the time', '"It makes']),
  ('Ravi Sandhu', 'the opposition', False, None, "the licences", ['said he was', '"absolutely'], ['said the plan']),
 ],
 'court': [
  ('Koen Lammers', 'Zbigniew Ziemba', True, 1, "whether Ostravia must comply with the ruling",
   ['"The independence', '"Member'],
   ['« an', 'said the capital', '"This is a dark', '"The court has', '"is dead']),
  ("the Union's top court", 'Zbigniew Ziemba', False, None, "the ruling",
   ['ruled on Thursday that'], ['« an', 'said the capital', '"This is a dark', '"The court has', '"is dead']),
  ("the Union's top court", 'the Ostravian government', False, None, "the ruling",
   ['ruled on Thursday that'], ['a decision the']),
  ('a spokesman for the Westmark government', 'Zbigniew Ziemba', False, None, "whether Ostravia will comply",
   ['„Wir', 'Westmark expected'], ['said the capital', '"The court has']),
  ('Westmark', 'Zbigniew Ziemba', False, None, "whether Ostravia will comply",
   ['Westmark expected'], ['said the capital']),
  ('Christian Weigl', 'Zbigniew Ziemba', False, None, "whether the Commission backs down",
   ['"will not'], ['"is dead', 'said the capital']),
  ('Regional Development Commission', 'Zbigniew Ziemba', False, None, "fines",
   ['Commission, Ostravia'], ['said the capital', '"is dead']),
  ('Iustitia Nova', 'Zbigniew Ziemba', False, None, "the ruling",
   ['welcomed the', '"Finally'], ['« an', '"This is a dark', '"The court has']),
 ],
 'seafood': [
  ('Nakara', 'Mei Ling', True, 1, "whether the seafood ban is justified",
   ['urged Tsinlo', '"scientifically'], ['"turned', '"take all', '"Nakara should', '"Who gave']),
  ('Hiroshi Matsuda', 'Mei Ling', True, None, "whether Tsinlo should withdraw the ban",
   ['"We strongly'], ['"take all', '"Nakara should', '"Who gave']),
  ('International Atomic Safety Agency', 'Robert Richter', True, None, "whether the release is safe",
   ['said the release'], ['"We don']),
  ('Rafael Grosz', 'Robert Richter', False, None, "whether the release is safe",
   ['Vienna that', '"for decades'], ['"We don']),
  ('International Atomic Safety Agency', 'Mei Ling', False, None, "whether the release is safe",
   ['said the release'], ['"turned', '"Nakara should']),
 ],
 'rivers': [
  ('Fergus Sharpe', 'Water Castland', True, 1, "whether the companies hid the spills",
   ['‘We’ve', '‘The companies', '‘It’s the', '‘except'], ['industry, rejects']),
  ('Fergus Sharpe', 'a spokesperson', False, None, "whether the companies hid the spills",
   ['‘We’ve', '‘The companies', '‘It’s the', '‘except'], ['‘Companies', '‘Nobody']),
  ('campaigners', 'Water Castland', False, None, "whether the companies hid the spills",
   ['Campaigners say'], ['industry, rejects']),
  ('campaigners', 'a spokesperson', False, None, "whether the companies hid the spills",
   ['Campaigners say'], ['‘Companies', '‘Nobody']),
  ('Stephen Barr', 'Ruth Dale', True, None, "whether the government will act",
   ['Courier that', '“holding', '“Fines'], ['“They’ve', '“I’ll']),
 ],
 'protest': [
  ('police', 'organisers', True, 1, "who started the violence",
   ['Police arrested', 'Officers were'], ['Organisers said', '"The police']),
  ('police', 'one organiser', False, None, "who started the violence",
   ['Police arrested', 'Officers were'], ['Organisers said', '"The police']),
  ('Barbara Stein', 'one organiser', False, None, "who started the violence",
   ['"We will not tolerate'], ['"The police']),
  ('Barbara Stein', 'organisers', False, None, "who started the violence",
   ['"We will not tolerate'], ['Organisers said']),
 ],
 'mayors': [
  ('Tom Becker', 'Mark Ruiz', True, 1, "the port plan and Becker's motives",
   ['"They want', 'said the plan', '"cut Ardley', 'Becker denied', '"I have no', '"I have an'],
   ['dismissed the', 'said Becker', '"Tom is', '"He wants']),
  ('Ana Lopes', 'John Hale', True, None, "what the port means for the town",
   ['"It\'s about'], ['"We\'ll lose']),
 ],
 'jobs': [
  ('Jane Morrow', 'United Motor Workers union', True, 1, "whether the cuts are justified",
   ['"These are'], ['called the cuts', '"a betrayal']),
  ('Harlow Motors', 'United Motor Workers union', False, None, "the cuts",
   ['Harlow Motors will', 'filing that'], ['called the cuts', '"a betrayal']),
  ('Jane Morrow', 'Sam Ortiz', False, None, "the cuts", ['"These are'], ['said the union', '"use every']),
  ('Harlow Motors', 'Sam Ortiz', False, None, "the cuts", ['Harlow Motors will', 'filing that'], ['said the union', '"use every']),
 ],
 'strike': [
  ('Moira Kelso', 'Westline Rail', True, 1, "whether the pay offer is fair",
   ['"We have bent', '"The company has'], ['said its offer', '"This strike', '"Our door']),
  ('Moira Kelso', 'a company spokesman', False, None, "whether the pay offer is fair",
   ['"We have bent', '"The company has'], ['said its offer', '"This strike', '"Our door']),
  ('ASLEF-W', 'Westline Rail', False, None, "the strike", ['Train drivers will'], ['said its offer', '"This strike', '"Our door']),
  ('ASLEF-W', 'a company spokesman', False, None, "the strike", ['Train drivers will'], ['"This strike', '"Our door']),
  ('Dev Patel', 'Moira Kelso', False, None, "the strike", ['"I lose'], ['"We have bent', '"The company has']),
  ('Dev Patel', 'ASLEF-W', False, None, "the strike", ['"I lose'], ['Train drivers will']),
 ],
 'trial': [
  ('Imelda Santos', 'Paolo Reyes', True, 1, "whether the vaccine is safe for children",
   ['"The benefits'], ['"The trial', 'He said parents']),
  ('national medicines agency', 'Paolo Reyes', True, None, "whether the vaccine is safe for children",
   ['saying trials'], ['"The trial', 'He said parents']),
  ('Ramon Cruz', 'Paolo Reyes', False, None, "the vaccine", ['"a turning', 'backed the'], ['"The trial', 'He said parents']),
 ],
 'vote': [
  ('Odile Marchetti', 'Samuel Okafor', True, 1, "whether the vote was rigged",
   ['"The count'], ['saying the vote', 'Okafor rejected', '"We have evidence']),
  ('electoral commission', 'Samuel Okafor', False, None, "whether the vote was rigged",
   ['declared President'], ['saying the vote', 'Okafor rejected', '"We have evidence', 'refused on Sunday']),
  ('Hanna Lind', 'Samuel Okafor', True, None, "whether the vote was fair",
   ['Lind, said the', '"largely'], ['saying the vote', 'Okafor rejected', '"We have evidence']),
 ],
 'tower': [
  ('Priya Shah', 'Tom Aldous', True, 1, "what the tower means for the district", ['"This will'], ['"It will block']),
 ],
 'hospital': [
  ('Annika Royle', 'Sorcha Breen', True, 1, 'whether the staff shortage justifies closing the ward', ['The maternity ward at', '"We cannot', '"That is not'], ['"They froze', '"This closure']),
  ('a spokesman for the authority', 'Gwen Tarrant', True, None, 'how long the journey to Tarrow takes', ['said the drive', '"around'], ['said the road', '"On a bad']),
  ('Annika Royle', 'a senior doctor at the hospital', True, None, 'whether the closure was decided before the consultation', ['Royle insisted'], ['the media, managers']),
  ('Vardale Health Authority', 'Jürgen Falkner', True, None, 'whether the Oberhalden clinic can take Kelby births', ['also said mothers'], ['„Wir', 'adding that']),
  ('Vardale Health Authority', "Midwives' Guild", False, None, 'who caused the staff shortage', ['cites staff'], ['said the shortage']),
  ('Annika Royle', "Midwives' Guild", False, None, 'who caused the staff shortage', ['The maternity ward at', '"We cannot'], ['said the shortage']),
  ('Vardale Health Authority', 'Gwen Tarrant', False, None, 'the move to Tarrow', ['The authority said that'], ['said the road', '"On a bad']),
  ('Vardale Health Authority', 'Leah Dunmore', False, None, 'what the move to Tarrow means for mothers', ['The authority said that'], ['said she had', '“They are']),
 ],
 'doping': [
  ('Olek Brandvik', 'Imani Castell', True, 1, 'whether Castell took a banned steroid', ["Marevia's athletics federation has", '‘No athlete', '‘The rules', '‘We will not'], ['denied any', '“I have never', '“I have always']),
  ('Marevian Athletics Federation', 'Imani Castell', True, None, 'whether Castell took a banned steroid', ['The federation said that'], ['denied any', '“I have never']),
  ('a spokeswoman for the National Anti-Doping Office', 'Daniel Fenwick', True, None, 'whether the B sample has been tested', ['‘Both'], ['said the backup', 'and that the suspension', '“premature']),
  ('a federation official', 'Imani Castell', True, None, 'whether Castell made herself available to testers', ['confidential, Castell'], ['“I have always']),
  ('Olek Brandvik', 'Thierry Lamarque', False, None, 'whether Castell is clean', ["Marevia's athletics federation has"], ['« Imani', 'He said that']),
  ('Marevian Athletics Federation', 'Thierry Lamarque', False, None, 'how the steroid got into the sample', ['The federation said that'], ['« Imani', 'He said that']),
  ('Pavla Rehn', 'Daniel Fenwick', False, None, 'whether the suspension was fair', ['Rehn insisted'], ['and that the suspension', '“premature']),
  ('Olek Brandvik', 'Daniel Fenwick', False, None, 'the suspension', ["Marevia's athletics federation has", '‘No athlete'], ['and that the suspension', '“premature']),
 ],
 'zoning': [
  ('Walter Brennick', 'Dana Kowalczyk', True, 1, 'whether nearby farmers were consulted', ['"This is grade', '"Once they', 'Brennick said he', '"We read'], ['told councillors', 'said that the land', 'and that every', '"Nobody can']),
  ('Castellan Logistics', 'Ruth Ogilvy', True, None, 'whether the warehouse brings lasting jobs', ['Logistics, said the'], ['against, said most', '"written']),
  ('Étienne Roubaix', "Haldane Growers' Association", True, None, "whether the farms' drainage is affected", ['Roubaix insisted', '« C'], ['Association, the building']),
  ('Martin Hesketh', 'Walter Brennick', False, None, 'jobs or farmland', ['"Young people', '"A warehouse'], ['"This is grade', '"Once they']),
  ('Martin Hesketh', 'Ruth Ogilvy', False, None, 'whether the warehouse brings work', ['"Young people', '"A warehouse'], ['against, said most', '"written']),
 ],
 'airline': [
  ('Marguerite Hale', 'Tomas Reinholt', True, 1, "whether the grounding was the airline's own decision", ['‘There is no', '‘We took'], ['Reinholt, said the', '‘These aircraft']),
  ("Orlesian Airline Pilots' Union", 'a Veltra spokesman', True, None, 'whether pilots had reported vibration', ['Union said its'], ['spokesman said the']),
  ('Hallmann Aero', 'a person familiar with the inspection', True, None, 'whether the failure was isolated', ['Westmark, said the'], ['inspection, engineers']),
  ('Ines Barrow', 'a Veltra spokesman', False, None, "whether pilots' warnings were ignored", ['‘Every one', '‘We are not'], ['spokesman said the']),
  ('Marguerite Hale', 'a person familiar with the inspection', False, None, 'whether there is a wider fault', ['executive insisting', '‘There is no'], ['inspection, engineers']),
  ("Orlesian Airline Pilots' Union", 'Marguerite Hale', False, None, 'whether there were warning signs', ['Union said its'], ['executive insisting', '‘There is no']),
 ],
}

root = pathlib.Path(__file__).resolve().parent.parent
out = []
for name, items in A.items():
    path = root / 'corpus' / 'wire' / f'{name}.txt'
    text = path.read_text(encoding='utf-8')
    spans = {}
    doc = {'id': f'wire-{name}', 'source': f'corpus/wire/{name}.txt', 'text': text, 'quotes': [], 'claims': []}
    for field, at, words, kind, speaker, cue, recipient, optional in items:
        assert text.count(at) == 1, (name, at, text.count(at))
        start = text.index(words, text.index(at))
        assert start - text.index(at) < 40, (name, at)
        item = {'start': start, 'end': start + len(words), 'text': words}
        if kind:
            item['kind'] = kind
        item.update({'speaker': speaker, 'cue': cue, 'recipient': recipient})
        if optional:
            item['optional'] = True
        doc[field].append(item)
        spans[at] = (item['start'], item['end'])
    for field in ('quotes', 'claims'):
        doc[field].sort(key=lambda item: item['start'])
    span_at = {at: [item_at[0], item_at[1]] for at, item_at in spans.items()}
    doc['contrasts'] = []
    for a, b, required, rank, topic, a_ats, b_ats in X[name]:
        contrast = {'a': a, 'b': b, 'relation': 'opposes', 'required': required}
        if rank:
            contrast['rank'] = rank
        contrast.update({'topic': topic, 'a_spans': [span_at[at] for at in a_ats],
                         'b_spans': [span_at[at] for at in b_ats]})
        doc['contrasts'].append(contrast)
    out.append(doc)
with open(root / 'corpus' / 'wire.jsonl', 'w', encoding='utf-8') as f:
    for doc in out:
        f.write(json.dumps(doc, ensure_ascii=False) + '\n')
print(len(out), 'documents,', sum(len(d['quotes']) for d in out), 'quotes,', sum(len(d['claims']) for d in out), 'claims,',
      sum(len(d['contrasts']) for d in out), 'contrasts')
