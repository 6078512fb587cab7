/**
 * The analyser per phenomenon (issue 14), on our own short texts: attribution as the PolNeAR
 * guidelines define it, numbers with their value, range, hedge and direction, and what stays out.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, type NumberSpan } from '../../content/analysis/index';
import { trimSpan } from '../support/analysis-eval';
import { cueSourcePairs as pairs } from '../support/analysis-fixtures';

const numbers = (text: string) => analyzeText(text).spans.filter((s): s is NumberSpan => s.kind === 'number');
const figure = (text: string) =>
  numbers(text).map((n) => [n.text, n.value, n.hedge, n.range ?? null, n.direction ?? null] as const);


describe('attribution as annotators mark it', () => {
  it('takes a relative pronoun as the source, typed by what it stands for', () => {
    const { spans } = analyzeText('Mayor Ana Ortiz, who said the plan would fail, resigned on Friday.');
    expect(pairs('Mayor Ana Ortiz, who said the plan would fail, resigned on Friday.')).toEqual(['said <- who']);
    const who = spans.find((s) => s.kind === 'attribution-source');
    expect(who?.kind === 'attribution-source' && who.sourceType).toBe('named-person');
    expect(pairs('The study, which found that rents had doubled, was ignored.')).toEqual(['found <- which']);
  });

  it('reads documents, polls and records as sources of what they show', () => {
    expect(pairs('A new poll shows that most voters want change.')).toEqual(['shows <- A new poll']);
    expect(pairs('Court records indicate that the firm paid twice.')).toEqual(['indicate <- Court records']);
  });

  it('finds prepositional and nominal cues', () => {
    expect(pairs('According to the ministry, the road is closed.')).toEqual(['According to <- the ministry']);
    expect(pairs('A statement from the union said the strike would go ahead.')).toEqual(['A statement from <- the union', 'said <- the union']);
  });

  it('reads a poll named after "in" as the source of its figures', () => {
    expect(pairs('Ortiz led by nine points in a Marlow Herald poll released on Monday.')).toEqual(['in <- a Marlow Herald poll']);
    expect(pairs('Ortiz led in the polls all summer.')).toEqual([]);
    const poll = analyzeText('Ortiz led by nine points in a Marlow Herald poll released on Monday.').spans.find((s) => s.kind === 'attribution-source');
    expect(poll?.kind === 'attribution-source' && poll.sourceType).toBe('document');
  });

  it('reads views and thoughts without "that": "see X as", "they think …"', () => {
    expect(pairs('Many voters see the mayor as a safe choice.')).toEqual(['see <- Many voters']);
    expect(pairs('They think the plan is dead.')).toEqual(['think <- They']);
    expect(pairs('The singer noted Latinos have a harder time on television.')).toEqual(['noted <- The singer']);
    expect(pairs('She saw the film twice.')).toEqual([]);
  });

  it('takes "referring to" and "was asked if" as cues', () => {
    expect(pairs('"It was a disgrace," Ortiz said, referring to the vote.')).toEqual(['said <- Ortiz', 'referring to <- Ortiz']);
    expect(pairs('The mayor was asked if she would run again.')).toEqual(['was asked <- -']); // the asker is the source, here unnamed
  });

  it('keeps the verb group together: auxiliaries, adverbs and the time after "said"', () => {
    expect(pairs('The coach also said the team was tired.')).toEqual(['also said <- The coach']);
    expect(pairs('She has repeatedly said that the vote was fair.')).toEqual(['has repeatedly said <- She']);
    expect(pairs('The governor said Tuesday schools would reopen.')).toEqual(['said Tuesday <- The governor']);
  });

  it('keeps the preposition that links the verb to what it reports, not one before a number or a time', () => {
    expect(pairs('The farmers complained about the drought for an hour.')).toEqual(['complained about <- The farmers']);
    expect(pairs('The minister warned of higher prices next winter.')).toEqual(['warned of <- The minister']);
    expect(pairs('Ortiz agreed with the council that the bridge was unsafe.')).toEqual(['agreed with <- Ortiz']);
    expect(pairs('The coach said about 30 players were injured.')).toEqual(['said <- The coach']);
    expect(pairs('The coach said of the referee that he was fair.')).toEqual(['said <- The coach']);
  });

  it('finds statements, attitudes and decrees beyond "say": "pointed to", "railed against", "ordered", "talked about"', () => {
    expect(pairs('The governor pointed to the budget as proof that the plan worked.')).toEqual(['pointed to <- The governor']);
    expect(pairs('Ortiz railed against the new tax on Monday.')).toEqual(['railed against <- Ortiz']);
    expect(pairs('The judge ordered the city to release the files.')).toEqual(['ordered <- The judge']);
    expect(pairs('She talks about the border every day.')).toEqual(['talks about <- She']);
    expect(pairs('The peace talks about the border resumed.')).toEqual([]);
  });

  it('reads a participle opening its sentence as a passive cue: "Asked whether …"', () => {
    expect(pairs('Asked whether the dam would hold, the engineer said yes.')).toEqual(['Asked <- -', 'said <- the engineer']);
    expect(pairs('Asked by Senator Lee about the fire, Ortiz shook her head.')).toEqual(['Asked <- Senator Lee']);
  });

  it('reads a verb after a number or "another" as a verb: "four in 10 said"', () => {
    // An opening "In the survey," is a prepositional cue of its own (fifteenth round) that nests the verbs after it
    // (thirty-fifth round), so the figure is read here without it.
    expect(pairs('After the vote, four in 10 said they would move.')).toEqual(['said <- four in 10']);
    expect(pairs('Another said the vote was rigged.').map((p) => p.split(' <- ')[0])).toEqual(['said']);
    expect(pairs('Three reports reached the council.')).toEqual([]);
  });

  it('keeps every description of a source named after its cue, to the end of the sentence', () => {
    expect(pairs('“The river is rising,” said Mara Lind, a hydrologist at the Delft institute, a research centre.')).toEqual(['said <- Mara Lind, a hydrologist at the Delft institute, a research centre']);
    expect(pairs('“The river is rising,” said Mara Lind, adding that the dikes would hold.')).toEqual(['said <- Mara Lind', 'adding <- Mara Lind']);
    expect(pairs('“The river is rising,” said Mara Lind, a hydrologist, according to the local radio.').map((p) => p.split(' <- ')[1])).toEqual(['Mara Lind, a hydrologist', 'the local radio']);
  });

  it('keeps a long apposition between a name and its cue', () => {
    expect(pairs('Tomas Berg, a Malmo, Sweden, teacher helping to run the strike, said the schools would stay shut.')).toEqual(['said <- Tomas Berg, a Malmo, Sweden, teacher helping to run the strike']);
  });

  it('reads a reporting participle after "by", "after" or "while" as the subject\'s: "by saying that …"', () => {
    expect(pairs('The mayor ended the debate by saying that the budget was final.')).toEqual(['saying <- The mayor']);
  });

  it('keeps a name joined by "and" to the source phrase', () => {
    expect(pairs('Mayor Ortiz and other officials said the road would reopen.')).toEqual(['said <- Mayor Ortiz and other officials']);
  });

  it('reads a slash between two names as one name: "a Marlow Herald/Channel 4 poll"', () => {
    expect(pairs('According to a Marlow Herald poll, Ortiz leads.')).toEqual(['According to <- a Marlow Herald poll']);
    expect(pairs('Ortiz leads by six points, according to a Marlow Herald/Channel Four poll.')).toEqual(['according to <- a Marlow Herald/Channel Four poll']);
  });

  it('reads "called" with a quotation a few words on as a cue', () => {
    expect(pairs('The senator called both the mayor and the council president “reckless.”')).toEqual(['called <- The senator']);
  });

  it('keeps a negated cue with its negation', () => {
    expect(pairs('The minister did not say whether the school would reopen.')).toEqual(['did not say <- The minister']);
    expect(pairs("The firm hasn't confirmed that the plant will close.")).toEqual(["hasn't confirmed <- The firm"]);
  });

  it('keeps only the outermost attribution of a "that" clause', () => {
    expect(pairs('The mayor said that during the meeting they discussed the budget.')).toEqual(['said <- The mayor']);
    expect(pairs('The mayor said that the council had been told to wait, but the clerk denied it.')).toEqual(['said <- The mayor', 'denied <- the clerk']);
  });

  it('leaves the recipient out of the cue', () => {
    expect(pairs('The captain told reporters the match was lost.')).toEqual(['told <- The captain']);
  });

  it('finds thought, belief and intention with their holder', () => {
    expect(pairs('The senator wants to cut taxes.')).toEqual(['wants <- The senator']);
    expect(pairs('Most farmers believe that prices will rise.')).toEqual(['believe <- Most farmers']);
  });

  it('reads proposals, promises and recollections with an object, not only before a clause', () => {
    expect(pairs('The governor proposed a new levy on landlords.')).toEqual(['proposed <- The governor']);
    expect(pairs('Ortiz suggested the council should wait.')).toEqual(['suggested <- Ortiz']);
    expect(pairs('The mayor promised cheaper buses.')).toEqual(['promised <- The mayor']);
    expect(pairs('Lind recalled her first winter on the island.')).toEqual(['recalled <- Lind']);
    expect(pairs('Critics slammed the decision. Officials downplayed the risk.')).toEqual(['slammed <- Critics', 'downplayed <- Officials']);
    expect(pairs('The union charged that the firm had lied. The firm charged a fee.')).toEqual(['charged <- The union']);
  });

  it('reads participles of speech, thought and intention after a comma as the subject\'s', () => {
    expect(pairs('The minister toured the port, promising new cranes.')).toEqual(['promising <- The minister']);
    expect(pairs('The coach praised the squad, hoping to keep them together.')).toEqual(['praised <- The coach', 'hoping <- The coach']);
    expect(pairs('The mayor opened the fair by talking about the floods.')).toEqual(['talking about <- The mayor']);
    expect(pairs('She went on to say that the plan was dead.')).toEqual(['went on to say <- She']);
  });

  it('reads "called" after "what" and a named or plural subject as a cue whose label follows it', () => {
    expect(pairs('The ferry ran aground during what pilots called a rescue failure.')).toEqual(['called <- pilots']);
    expect(pairs('It was what Tom Reyes called an accident.')).toEqual(['called <- Tom Reyes']);
    expect(pairs('It was what he called an accident.')).toEqual([]);
  });

  it('reads "called" before a name and a quotation as labelling, not naming', () => {
    expect(pairs('One skipper called Reyes “the harbour king.”')).toEqual(['called <- One skipper']);
    expect(pairs('A town called Rubaya fell.')).toEqual([]);
  });

  it('reads "called" with an object and what it is called as a cue, not naming or summoning', () => {
    expect(pairs('He called the proposal reckless.')).toEqual(['called <- He']);
    expect(pairs('Mara Lind, a hydrologist, called the plan “a gamble”.')).toEqual(['called <- Mara Lind, a hydrologist']);
    expect(pairs('Critics called him a showman.')).toEqual(['called <- Critics']);
    expect(pairs('The council called a meeting on Tuesday. A town called Rubaya fell. The probe, called Tessera, landed.')).toEqual([]);
  });

  it('reads what documents, polls and bodies of evidence show, and nothing a dog shows', () => {
    expect(pairs('Recent polling shows Ortiz ahead in the north.')).toEqual(['shows <- Recent polling']);
    expect(pairs('The figures indicated a fall in exports.')).toEqual(['indicated <- The figures']);
    expect(pairs('The sign read: “Closed until further notice.”')).toEqual(['read <- The sign']);
    expect(pairs('The dog showed its teeth. He read a book.')).toEqual([]);
  });

  it('reads a document heading a long subject, nine to sixteen words before "show", as the source', () => {
    expect(pairs('Surveys of ferry pilots taken as they came off the night boats in Marlow showed that most want a new pier.')).toEqual([
      'showed <- Surveys of ferry pilots taken as they came off the night boats in Marlow',
    ]);
    expect(pairs('The fares are rising, because polls of the towns along the coast since 2010 by the pilots show a steady fall in trips.')).toEqual([
      'show <- polls of the towns along the coast since 2010 by the pilots',
    ]);
    expect(pairs('The old skippers who sailed out of Marlow every winter for thirty years showed little patience.')).toEqual([]);
  });

  it('reads what a movie, graphics or someone\'s communications show', () => {
    expect(pairs('The movie shows the old pier before the storm.')).toEqual(['shows <- The movie']);
    expect(pairs('Their communications showed that the fares had been raised.')).toEqual(['showed <- Their communications']);
    expect(pairs('Graphics on the screen showed that the fares had doubled.')).toEqual(['showed <- Graphics on the screen']);
  });

  it('keeps a participle in -ing that opens its sentence, not a bare verb there', () => {
    expect(pairs('Citing the storm, the harbour master closed the pier.')).toEqual(['Citing <- -']);
    expect(pairs('Tell the skippers the pier is closed.')).toEqual([]);
  });

  it('keeps a negated cue with a named or determined object, not "did not admit liability"', () => {
    expect(pairs('Ortiz did not mention the strike.')).toEqual(['did not mention <- Ortiz']);
    expect(pairs('She did not admit liability.')).toEqual([]);
  });

  it('reads the passive of announcing and declaring without a source', () => {
    expect(pairs('The curfew was announced on Friday.')).toEqual(['was announced <- -']);
  });

  it('drops agreeing, applauding and declining when the sentence ends right after them', () => {
    expect(pairs('Most harbour pilots agree.')).toEqual([]);
    expect(pairs('The crowd applauded.')).toEqual([]);
    expect(pairs('The mayor declined.')).toEqual([]);
    expect(pairs('The pilots agree that the pier is unsafe.')).toEqual(['agree <- The pilots']);
    expect(pairs('“The pier is safe,” agreed the mayor.')).toEqual(['agreed <- the mayor']);
  });

  it('reads "mention of" as the noun, not a cue', () => {
    expect(pairs('The speech made little mention of the ferry strike.')).toEqual([]);
    expect(pairs('The mayor mentions the pier in every speech.')).toEqual(['mentions <- The mayor']);
  });

  it('keeps "support" and "attacks" as nouns where they are nouns', () => {
    expect(pairs('Support for the plan grew after the attacks on the port.')).toEqual([]);
  });

  it("reads two apostrophes as a quotation mark, as some wire copy writes them", () => {
    const text = "''The bridge will hold,'' the engineer said, and she called the repairs ''a waste.''";
    const { spans } = analyzeText(text);
    expect(spans.filter((s) => s.kind === 'quote').map((s) => s.text)).toEqual(["''The bridge will hold,''"]);
    expect(pairs(text)).toEqual(['said <- the engineer', 'called <- she']);
    // Inside such a quotation, a cue is the speaker's, not the reporter's.
    expect(pairs("''They said the river was safe,'' Ortiz recalled.")).toEqual(['recalled <- Ortiz']);
  });

  it('reads "wrote", "concluded", "unveiled" and "echoed" with an object, and "responded to"', () => {
    expect(pairs('A pupil wrote the town paper about the closures.')).toEqual(['wrote <- A pupil']);
    expect(pairs('The inspectors concluded their visit was a success.')).toEqual(['concluded <- The inspectors']);
    expect(pairs('The mayor unveiled a plan for the harbour.')).toEqual(['unveiled <- The mayor']);
    expect(pairs('Ortiz echoed her rival on the bridge.')).toEqual(['echoed <- Ortiz']);
    expect(pairs('The council responded to the petition within a week.')).toEqual(['responded to <- The council']);
  });

  it('reads thought, knowledge, wants and threats with an object', () => {
    expect(pairs('Ortiz thinks tolls will pay for the bridge.')).toEqual(['thinks <- Ortiz']);
    expect(pairs('The fishermen know the harbour better than anyone.')).toEqual(['know <- The fishermen']);
    expect(pairs('Ortiz wants more money for the ferries.')).toEqual(['wants <- Ortiz']);
    expect(pairs('The union threatened a strike over the rota.')).toEqual(['threatened <- The union']);
  });

  it('keeps a floating "both" in the verb group', () => {
    expect(pairs('Ortiz and Brandt have both argued for a new bridge.')).toEqual(['have both argued for <- Ortiz and Brandt']);
  });

  it('reads a noun-like form before its own particle as a verb: "calls for", "points out"', () => {
    expect(pairs('Ortiz calls for a second ferry.')).toEqual(['calls for <- Ortiz']);
    expect(pairs('The harbour report points out that the pier is unsafe.')).toEqual(['points out <- The harbour report']);
    expect(pairs('Calls for a second ferry grew louder.')).toEqual([]);
  });

  it('reads adjectives of attitude after a finite "be" as cues: "has been critical of", "are wary of"', () => {
    expect(pairs('Ortiz has been critical of the ferry contract.')).toEqual(['has been critical of <- Ortiz']);
    expect(pairs('Many fishermen are less hostile to the toll.')).toEqual(['are less hostile to <- Many fishermen']);
    expect(pairs('A report critical of the mayor came out on Monday.')).toEqual([]);
    expect(pairs('Being supportive of the toll cost her the seat.')).toEqual([]);
  });

  it('reads verbs of praise, reproach, promotion and foresight with their holder: "chided", "extols", "foresee"', () => {
    expect(pairs('The mayor chided the ferry company over the delays.')).toEqual(['chided <- The mayor']);
    expect(pairs('Ortiz extols the virtues of the night ferry.')).toEqual(['extols <- Ortiz']);
    expect(pairs('Few fishermen foresee a quick end to the strike.')).toEqual(['foresee <- Few fishermen']);
    expect(pairs('The harbour board has identified the pier as the main risk.')).toEqual(['has identified <- The harbour board']);
    expect(pairs('Brandt is promoting her plan for a second bridge.')).toEqual(['is promoting <- Brandt']);
    expect(pairs('The union repudiated the deal.')).toEqual(['repudiated <- The union']);
  });

  it('reads "considered", "remembers" and "finds" with an object, and more participles after a comma', () => {
    expect(pairs('Most fishermen considered the toll a betrayal.')).toEqual(['considered <- Most fishermen']);
    expect(pairs('Ortiz remembers the flood of 1998 well.')).toEqual(['remembers <- Ortiz']);
    expect(pairs('The harbour survey finds most boats idle in winter.')).toEqual(['finds <- The harbour survey']);
    expect(pairs('Brandt left the meeting early, asserting the pier was safe.')).toEqual(['asserting <- Brandt']);
    expect(pairs('Divers found a wreck near the pier.')).toEqual([]);
  });

  it('splits a pronoun from its contracted auxiliary: the pronoun is the source, the auxiliary opens the cue', () => {
    expect(pairs('They’re supportive of the toll.')).toEqual(['’re supportive of <- They']);
    expect(pairs("He's predicted big wins for the ferry.")).toEqual(["'s predicted <- He"]);
    expect(pairs('I’ve said the pier is unsafe.')).toEqual(['’ve said <- I']);
    expect(pairs('It’s expected to rain on Monday.')).toEqual(['’s expected <- -']);
  });

  it('reads a statement put out and what it says as one cue: "issued a statement saying"', () => {
    expect(pairs('The harbour board issued a statement saying the pier is safe.')).toEqual(['issued a statement saying <- The harbour board']);
    expect(pairs('Her office also put out a short statement that said the ferry would run.')).toEqual(['also put out a short statement that said <- Her office']);
    expect(pairs('The board issued a warning to skippers.')).toEqual([]);
  });

  it('keeps an adverb of manner right after the verb in the cue: "said sarcastically", "wrote back"', () => {
    expect(pairs('“Lovely weather,” Ortiz said sarcastically.')).toEqual(['said sarcastically <- Ortiz']);
    expect(pairs('Brandt has said repeatedly that the pier is safe.')).toEqual(['has said repeatedly <- Brandt']);
    expect(pairs('The skipper wrote back that the ferry was full.')).toEqual(['wrote back <- The skipper']);
    expect(pairs('Ortiz said only the pier was closed.')).toEqual(['said <- Ortiz']);
  });

  it('reads a participle before the noun it describes as no cue: "758 pledged delegates", "the mayor’s reported salary"', () => {
    expect(pairs('Ortiz has won 40 pledged delegates so far.')).toEqual([]);
    expect(pairs('The mayor’s reported salary rose again. Ortiz leads by more pledged delegates.')).toEqual([]);
    expect(pairs('Four in 10 pledged to vote for Ortiz.')).toEqual(['pledged <- Four in 10']);
  });

  it('reads "made it clear" and "has made clear" as one cue', () => {
    expect(pairs('Ortiz made it clear that the ferry would run.')).toEqual(['made it clear <- Ortiz']);
    expect(pairs('The board has made clear it will not sell the pier.')).toEqual(['has made clear <- The board']);
    expect(pairs('Brandt left early, making it clear that she was angry.')).toEqual(['making it clear <- Brandt']);
    expect(pairs('Ortiz made a cake for the crew.')).toEqual([]);
  });

  it('reads "as X put it" as a cue, and "put" alone as none', () => {
    expect(pairs('As one skipper put it, “The pier is finished.”')).toEqual(['put it <- one skipper']);
    expect(pairs('The ferry was late, as Ortiz puts it, “by design.”')).toEqual(['puts it <- Ortiz']);
    expect(pairs('Ortiz put it on the table. The union put out a statement saying the ferries would run.')).toEqual(['put out a statement saying <- The union']);
  });

  it('reads a document put out with a participle of speech after it, and a day before the participle, as one cue', () => {
    expect(pairs('The pier was shut. The union released a statement condemning the new toll.')).toEqual(['released a statement condemning <- The union']);
    expect(pairs('The pier was shut. The board issued a statement Tuesday night saying the quay would reopen.')).toEqual(['issued a statement Tuesday night saying <- The board']);
    expect(pairs('The pier was shut. The harbour office released a statement on Friday.')).toEqual([]);
  });

  it('keeps the day after any reporting verb in the cue, not before a comma', () => {
    expect(pairs('The harbour board announced Friday that the pier would close.')).toEqual(['announced Friday <- The harbour board']);
    expect(pairs('“The pier is finished,” Ortiz tweeted Monday night.')).toEqual(['tweeted Monday night <- Ortiz']);
    expect(pairs('“The pier is safe,” the engineer said Sunday.')).toEqual(['said Sunday <- the engineer']);
    expect(pairs('The count showed Monday, after a long night, that Ortiz had won.').map((p) => p.split(' <- ')[0])).not.toContain('showed Monday');
  });

  it('leaves out forms that are mostly nouns or rarely reports: "attacks", "report", "post", "endorse"', () => {
    expect(pairs('Harbour Terror Attacks Highlight Threat to Ferries.').map((p) => p.split(' <- ')[0])).not.toContain('Attacks');
    expect(pairs('Skippers endorse the plan.')).toEqual([]);
  });

  it('proposes a direct quotation with its speaker', () => {
    const { spans } = analyzeText('“We will rebuild the bridge,” the engineer said.');
    const quote = spans.find((s) => s.kind === 'quote');
    const speaker = spans.find((s) => s.kind === 'attribution-source');
    expect(quote?.kind === 'quote' && quote.speakerSourceId).toBe(speaker?.id);
    expect(speaker?.text).toBe('the engineer');
  });
});

describe('sources as annotators mark them (issue 14, PolNeAR guidelines)', () => {
  it('keeps a relative clause that describes the source, but not one that reports', () => {
    expect(pairs('Lena Park, who ran the harbour office for a decade, said the pier was unsafe.')).toEqual(['said <- Lena Park, who ran the harbour office for a decade']);
    expect(pairs('“The pier is unsafe,” said Lena Park, who ran the harbour office for a decade.')).toEqual(['said <- Lena Park, who ran the harbour office for a decade']);
    // A relative clause with its own report is a second attribution, not part of the first source.
    expect(pairs('Lena Park, who says she warned the council, resigned.')).toEqual(['says <- who']);
    // A relative pronoun before a parenthetical is the subject of the cue.
    expect(pairs('Tom Reyes, who, after a long silence at the meeting, said he would stay, left early.')).toEqual(['said <- who']);
  });

  it('finds pronoun sources after an adverb or a conjunction', () => {
    expect(pairs('She visited the plant in 2019. She has since said that the visit was a mistake.')).toEqual(['has since said <- She']);
    expect(pairs('But on Friday, he stood beside the mayor and urged residents to leave.')).toEqual(['urged <- he']);
    expect(pairs('He and Ms. Ortiz had basically said the same thing.')).toEqual(['had basically said <- He and Ms. Ortiz']);
    expect(pairs('They and their lawyers argue that the fine is unfair.')).toEqual(['argue <- They and their lawyers']);
    // A floating quantifier or an inserted phrase between the auxiliary and the verb is not the source.
    expect(pairs('Ana Ortiz and Tom Reyes have both argued that the fine is unfair.').map((p) => p.split(' <- ')[1])).toEqual(['Ana Ortiz and Tom Reyes']);
    expect(pairs('A group of nurses have in fact reported that wards were closed.').map((p) => p.split(' <- ')[1])).toEqual(['A group of nurses']);
  });

  it('keeps how many of the source there are, and its adjectives', () => {
    expect(pairs('More than half of the nurses said they would strike.')).toEqual(['said <- More than half of the nurses']);
    expect(pairs('About 4 in 10 voters say the economy matters most.')).toEqual(['say <- About 4 in 10 voters']);
    expect(pairs('Not everyone agreed with the plan.')).toEqual(['agreed with <- Not everyone']);
    expect(pairs('Early results of the survey show that turnout fell.')).toEqual(['show <- Early results of the survey']);
    expect(pairs('Last year’s police figures show that thefts rose.')).toEqual(['show <- Last year’s police figures']);
  });

  it('reads document sources after "according to" to the end of their clause', () => {
    expect(pairs('Turnout fell, according to a county survey taken last week.')).toEqual(['according to <- a county survey taken last week']);
    expect(pairs('According to figures released by the council, rents rose.')).toEqual(['According to <- figures released by the council']);
    expect(pairs('According to first returns from the harbour count, turnout fell.')).toEqual(['According to <- first returns from the harbour count']);
  });

  it('takes a source after the cue only after verbs of saying', () => {
    expect(pairs('“We will stay,” said Mayor Ana Ortiz.')).toEqual(['said <- Mayor Ana Ortiz']);
    // "told AFP": the recipient, not the source.
    expect(pairs('Ana Ortiz, the mayor of a small town near the border with three bridges, told AFP the pier was unsafe.')).toEqual(['told <- Ana Ortiz, the mayor of a small town near the border with three bridges']);
  });

  it('keeps appositions apart from names and adverbs', () => {
    expect(pairs('His lawyer, Michael Brandt, said the ruling was wrong.')).toEqual(['said <- His lawyer, Michael Brandt']);
    expect(pairs('Reluctantly, Brandt said he would appeal.')).toEqual(['said <- Brandt']);
    expect(pairs('In Port Lind, Maine, Ortiz told reporters that the ferry would run.')).toEqual(['told <- Ortiz']);
    expect(pairs('The trouble, Brandt writes, is that nobody listens.')).toEqual(['writes <- Brandt']);
  });

  it('keeps quantifiers in a row, shares written as ratios and sources joined by "and"', () => {
    expect(pairs('Many other surveys show that the river is cleaner.')).toEqual(['show <- Many other surveys']);
    expect(pairs('A few harbour officials said the pier would close.')).toEqual(['said <- A few harbour officials']);
    expect(pairs('About one in five say the ferry is too dear.')).toEqual(['say <- About one in five']);
    expect(pairs('Fishermen and local business groups say the ban hurts them.')).toEqual(['say <- Fishermen and local business groups']);
    expect(pairs('Current and former officials said the pier was unsafe.')).toEqual(['said <- Current and former officials']);
  });

  it('keeps the whole subject that opens its clause, with its place: "The sign on the door read"', () => {
    expect(pairs('The sign on the door read: “Closed for the storm.”')).toEqual(['read <- The sign on the door']);
    expect(pairs('Some delegates at the harbour meeting said the pier was unsafe.')).toEqual(['said <- Some delegates at the harbour meeting']);
    expect(pairs('On Monday, a note on the gate said the park was shut.')).toEqual(['said <- a note on the gate']);
  });

  it('keeps an apposition whose noun holds a word that could report: "a talk show host", "a creative writing teacher"', () => {
    expect(pairs('Tom Reyes, a talk show host who ran the harbour office, said the pier was unsafe.')).toEqual(['said <- Tom Reyes, a talk show host who ran the harbour office']);
    expect(pairs('Tom Reyes, a creative writing teacher, said the library would close.')).toEqual(['said <- Tom Reyes, a creative writing teacher']);
  });

  it('keeps when a document came out in its source: "A new poll released Sunday showed"', () => {
    expect(pairs('A new survey released Sunday showed that rents rose.')).toEqual(['showed <- A new survey released Sunday']);
    expect(pairs('Ortiz led by nine points in a Marlow Herald poll released last week.')).toEqual(['in <- a Marlow Herald poll released last week']);
  });

  it('reads a long joint poll name after "in" and keeps a release aside between commas in its source', () => {
    expect(pairs('Ortiz is well ahead in the newest Harbour News/Marlow Evening Herald poll.')).toEqual(['in <- the newest Harbour News/Marlow Evening Herald poll']);
    expect(pairs('In the new Harbour Research poll, taken May 2-4, 40 percent of pilots back Reyes.')).toEqual(['In <- the new Harbour Research poll, taken May 2-4']);
  });

  it('keeps the names a source lists with "including" or "along with"', () => {
    expect(pairs('Several harbour groups, including the Lune Fishermen’s Union and Tom Reyes, said the pier was unsafe.')).toEqual(['said <- Several harbour groups, including the Lune Fishermen’s Union and Tom Reyes']);
    expect(pairs('Ortiz, along with her aides, said the pier was unsafe.')).toEqual(['said <- Ortiz, along with her aides']);
  });

  it('keeps a "who" clause that restricts the source, but not one that reports', () => {
    expect(pairs('People who have fought online scams say the bank is slow.')).toEqual(['say <- People who have fought online scams']);
    expect(pairs('Fishermen who sold their boats told the council the pier was unsafe.')).toEqual(['told <- Fishermen who sold their boats']);
  });

  it('ends a subject before its irregular verb, for a participle cue after it', () => {
    expect(pairs('Ortiz spoke for an hour, recalling the floods of 2010.')).toEqual(['recalling <- Ortiz']);
    expect(pairs('The mayor went to the pier, saying it was unsafe.')).toEqual(['saying <- The mayor']);
  });
  it('keeps a subject joined by a preposition or "and" when it opens its clause', () => {
    expect(pairs('Harbour workers in all three towns say the ferry is late.')).toEqual(['say <- Harbour workers in all three towns']);
    expect(pairs('But current and former pilots said the pier was unsafe.')).toEqual(['said <- current and former pilots']);
    // A phrase that does not open the clause is not joined to what comes before it.
    expect(pairs('The ferry left at noon and pilots said the pier was unsafe.')).toEqual(['said <- pilots']);
  });

  it('keeps the words that say how many with a pronoun source: "No one", "Many of you"', () => {
    expect(pairs('No one knows where the ferry is.')).toEqual(['knows <- No one']);
    expect(pairs('Several of you have noted how late the ferries run.')).toEqual(['have noted <- Several of you']);
    // A share of a group is no institution, though it opens the sentence with a capital.
    const types = (text: string) => analyzeText(text).spans.flatMap((s) => (s.kind === 'attribution-source' ? [[s.text, s.sourceType]] : []));
    expect(types('Several of you have noted how late the ferries run.')).toEqual([['Several of you', 'vague']]);
    expect(types('Some of the pilots said the pier was unsafe.')).toEqual([['Some of the pilots', 'vague']]);
  });

  it('keeps an adverb or participle inside the subject: "the fiercely independent fishermen", "some close Ortiz allies"', () => {
    expect(pairs('But the fiercely independent fishermen said the pier was unsafe.')).toEqual(['said <- the fiercely independent fishermen']);
    expect(pairs('A Marlow rolling survey shows the mayor ahead.')).toEqual(['shows <- A Marlow rolling survey']);
    expect(pairs('Now some close Ortiz allies say the pier is unsafe.')).toEqual(['say <- some close Ortiz allies']);
  });

  it('keeps a name with its long apposition after an introduction that opens the sentence', () => {
    expect(pairs('At the harbour, where the ferries dock, Tom Reyes, the harbour master for a decade, said the pier was unsafe.')).toEqual(['said <- Tom Reyes, the harbour master for a decade']);
  });

  it('reads a party and state in parentheses with a full stop as part of the sentence: "(D-Md.), chair of…"', () => {
    expect(pairs('Rep. Ana Ortiz (D-Md.), chair of the harbour committee, said the pier was unsafe.')).toEqual(['said <- Rep. Ana Ortiz (D-Md.), chair of the harbour committee']);
  });

  it('keeps what dashes set off between the subject and its cue: "Tom Reyes — a teacher from Marlow — says"', () => {
    expect(pairs('Tom Reyes — a teacher from Marlow — says the pier is unsafe.')).toEqual(['says <- Tom Reyes — a teacher from Marlow']);
    // A relative clause between dashes is left out, as between spaced hyphens.
    expect(pairs('Tom Reyes — who has piloted the ferry since 1998 — said the pier was unsafe.')).toEqual(['said <- Tom Reyes']);
  });

  it('keeps a relative clause after "according to X" even when it holds a verb of speech', () => {
    expect(pairs('The pier is unsafe, according to officials who spoke on the condition of anonymity.')).toEqual(['according to <- officials who spoke on the condition of anonymity']);
  });

  it('keeps what describes a source named after its cue: "said a veteran aide to the mayor"', () => {
    expect(pairs('"The pier is unsafe," said a veteran aide to the mayor.')).toEqual(['said <- a veteran aide to the mayor']);
    expect(pairs('"The pier is unsafe," said one pilot involved in the planning.')).toEqual(['said <- one pilot involved in the planning']);
    // Where and how it was said is not part of the source.
    expect(pairs('"The pier is unsafe," said Tom Reyes in a statement.').map((p) => p.split(' <- ')[1])).toEqual(['Tom Reyes']);
  });

  it('leaves a dateline out of the subject: "MARLOW, Wessex (Harbour News) -"', () => {
    expect(pairs('MARLOW, Wessex (Harbour News) - Mayor Ana Ortiz toured the pier on Monday, saying it was unsafe.')).toEqual(['saying <- Mayor Ana Ortiz']);
  });

  it('finds the subject a participle cue shares after an opening time or participle phrase', () => {
    expect(pairs('A few minutes later the pilots left the pier, saying it was unsafe.')).toEqual(['saying <- the pilots']);
    expect(pairs('Making her way around the harbour, Ana Ortiz waved to the pilots, saying they had worked hard.').map((p) => p.split(' <- ')[1])).toEqual(['Ana Ortiz']);
    expect(pairs('Throughout the winter, the pilots met weekly, warning that the pier was unsafe.')).toEqual(['warning <- the pilots']);
  });

  it('takes "who" as the source after a figure, a dash or a second "and who"', () => {
    expect(pairs('Most pilots backed the plan, including 18% who say the pier is unsafe.')).toContain('say <- who');
    expect(pairs('The harbour master, who ran the port for a decade and who believes the pier is unsafe, left.')).toEqual(['believes <- who']);
    expect(pairs('The board — who fear the pier is unsafe — met on Monday.')).toEqual(['fear <- who']);
  });

  it('reads "Said" opening its sentence before a name as an inverted cue', () => {
    expect(pairs('The pier was rebuilt in May. Said Tom Reyes, who grew up on the docks, “We were all so proud.”')).toEqual(['Said <- Tom Reyes, who grew up on the docks']);
    expect(pairs('The pier was rebuilt. Said Reyes, "The thought of it makes me glad."')).toEqual(['Said <- Reyes']);
  });

  it('keeps a relative clause after an inverted cue unless its verb is one of saying', () => {
    // The clause's own cue is part of the source's description (seventh round).
    expect(pairs('"The pier is unsafe," said Tom Reyes, who endorsed the mayor in May.')).toEqual(['said <- Tom Reyes, who endorsed the mayor in May']);
    expect(pairs('"The pier is unsafe," said a pilot who supports the mayor.')[0]).toBe('said <- a pilot who supports the mayor');
    expect(pairs('"The pier is unsafe," said Tom Reyes, who added that the ferry was late.')[0]).toBe('said <- Tom Reyes');
    expect(pairs('"The pier is unsafe," said Tom Reyes, who stressed that the ferry was late.')[0]).toBe('said <- Tom Reyes');
    // A request for anonymity is an attribution of its own, with or without a comma.
    expect(pairs('“The pier is unsafe,” said one pilot who requested anonymity because the talks were private.')).toEqual(['said <- one pilot', 'requested <- who']);
    expect(pairs('“The pier is unsafe,” said a pilot, who requested anonymity because the talks were private.')).toEqual(['said <- a pilot', 'requested <- who']);
    expect(pairs('“The pier is unsafe,” said Tom Reyes, who thinks the council should resign.')).toEqual(['said <- Tom Reyes', 'thinks <- who']);
  });

  it('reads an intention or thought in a restrictive "who" clause as a description: "pilots who decided late"', () => {
    expect(pairs('The fines hit skippers who sought to dodge the harbour fees.')).toEqual([]);
    expect(pairs('Ortiz did worst among pilots who decided in the final days.')).toEqual([]);
    expect(pairs('The mayor hired a harbour master who thinks the way she does.')).toEqual([]);
    // Set off by a comma the clause reports; other verbs stay reports after a noun.
    expect(pairs('The harbour master, who thinks the pier is unsafe, closed it.')).toEqual(['thinks <- who']);
    expect(pairs('Pilots who say the pier is unsafe plan a strike.')).toEqual(['say <- who']);
  });

  it('reads a bare "identify" after "who" as a cue, as after an auxiliary: "pilots who identify as moderates"', () => {
    expect(pairs('The plan won over pilots who identify themselves as moderates.')).toEqual(['identify <- who']);
  });

  it('reads a contracted "has" before the verb\'s own particle as active: "who’s called for new fees"', () => {
    expect(pairs('The pier was built by Tom Reyes, who’s called for new fees.')).toEqual(['’s called for <- who']);
    expect(pairs('She’s pushed for a vote on the pier.')).toEqual(['’s pushed for <- She']);
  });

  it('keeps a restrictive "who" clause in a subject that opens its clause: "those who back her say"', () => {
    expect(pairs('But those who back the mayor say the pier is unsafe.')).toEqual(['say <- those who back the mayor']);
    expect(pairs('After the vote, 31 percent of the pilots who named a skipper said the pier was unsafe.')).toEqual(['said <- 31 percent of the pilots who named a skipper']);
    expect(pairs('Senior harbour pilots who have checked the tide tables argue that the pier is unsafe.')).toEqual(['argue <- Senior harbour pilots who have checked the tide tables']);
  });

  it('gives a participle in an opening "After …" or "While …" clause the subject of the main clause', () => {
    expect(pairs('After thanking the pilots, who had waited all night, the mayor closed the pier.')[0]).toBe('thanking <- the mayor');
    expect(pairs('While saying that she respects the pilots, Ana Ortiz closed the pier.')[0]).toBe('saying <- Ana Ortiz');
  });

  it('gives a verb after ", then" or "and even" the subject of its clause', () => {
    expect(pairs('The mayor toured the pier in the morning, then criticized the pilots in the evening.')).toEqual(['criticized <- The mayor']);
    expect(pairs('Ana Ortiz toured the pier and even assured the pilots that it was safe.')).toEqual(['assured <- Ana Ortiz']);
  });

  it('takes the agent after "by" as the source of a participle cue: "a plan opposed by the pilots"', () => {
    expect(pairs('The harbour plan, opposed by the Marlow Pilots Association, never went ahead.')).toEqual(['opposed <- the Marlow Pilots Association']);
    expect(pairs('The pier was closed for a month, a decision criticized by Mayor Ana Ortiz.')).toEqual(['criticized <- Mayor Ana Ortiz']);
    expect(pairs('The claim was echoed by the ferry pilots.')).toEqual(['was echoed <- the ferry pilots']);
    // "responded by doing" is no agent.
    expect(pairs('Ana Ortiz responded by closing the pier.')).not.toContain('responded <- closing');
  });

  it('takes a pronoun written with a contracted auxiliary without it: "He’s said"', () => {
    const sources = (text: string) => analyzeText(text).spans.flatMap((s) => (s.kind === 'attribution-source' ? [[s.text, s.sourceType]] : []));
    expect(sources('Tom Reyes runs the ferry. He’s said the pier is unsafe.')).toEqual([['He', 'named-person']]);
    expect(sources("The pier is old. They've argued it should close.")).toEqual([['They', 'vague']]);
  });
});

describe('sources of cues the analyser finds (issue 14, PolNeAR train and dev)', () => {
  it('keeps a "whose" clause that describes the source before its cue', () => {
    expect(pairs('Ana Ortiz, whose ferry sank in May, said the pier is unsafe.')).toEqual(['said <- Ana Ortiz, whose ferry sank in May']);
  });

  it('keeps a "which" clause about the organisation in an inverted source\'s apposition', () => {
    expect(pairs('"The pier is unsafe," said Tom Reyes, director of the Marlow Pilots Association, which runs the ferry.')).toEqual(['said <- Tom Reyes, director of the Marlow Pilots Association, which runs the ferry']);
    // Without an apposition the clause describes the source itself, which annotators leave out.
    expect(pairs('"The pier is unsafe," said the Marlow Pilots Association, which runs the ferry.')).toEqual(['said <- the Marlow Pilots Association']);
  });

  it('takes a name with its long apposition after a closing quotation mark, past an age and through a describing "who" clause', () => {
    expect(pairs('"The pier is unsafe," Tom Reyes, a pilot with the Marlow ferry, told reporters.')).toEqual(['told <- Tom Reyes, a pilot with the Marlow ferry']);
    expect(pairs('Ana Ortiz, 63, a retired teacher who has fished in Marlow since 1990, said the pier was unsafe.')).toEqual(['said <- Ana Ortiz, 63, a retired teacher who has fished in Marlow since 1990']);
    expect(pairs('Tom Reyes, a pilot who has criticized the mayor for months, said the pier was unsafe.')).toEqual(['said <- Tom Reyes, a pilot who has criticized the mayor for months']);
  });

  it('takes a name with an apposition led by a name or a possessive, with no verb in it', () => {
    expect(pairs("Tom Reyes, Marlow's harbour master since 2010, said the pier was unsafe.")).toEqual(["said <- Tom Reyes, Marlow's harbour master since 2010"]);
  });

  it('gives "citing" after a comma the subject that cites, but keeps the people a report relies on', () => {
    expect(pairs('Reyes insisted, citing the ferry logs, that the pier was unsafe.')).toEqual(['insisted <- Reyes', 'citing <- Reyes']);
    expect(pairs('Reuters, citing two local officials, reported that the pier would close.')).toEqual(['citing <- two local officials', 'reported <- Reuters']);
  });

  it('reads a place after its town as part of the phrase it ends, not as a source', () => {
    expect(pairs('Ana Ortiz, speaking at a rally in Marlow, Ohio, said the pier was unsafe.')).toEqual(['said <- Ana Ortiz']);
  });

  it('leaves a dateline in capitals ended by a dash out of the clause', () => {
    expect(pairs('MARLOW, Ohio - Mayor Ana Ortiz toured the pier on Friday, criticizing the pilots.')).toEqual(['criticizing <- Mayor Ana Ortiz']);
  });

  it('runs an opening introduction on through a place and a time ("Here in Marlow,")', () => {
    expect(pairs('At a rally in Marlow, Ohio, on Sunday, Ana Ortiz toured the pier, saying it was unsafe.')).toEqual(['saying <- Ana Ortiz']);
    expect(pairs('Here in Marlow, Ana Ortiz toured the pier, saying it was unsafe.')).toEqual(['saying <- Ana Ortiz']);
  });

  it('takes coordinated subjects that open their clause, but not a clause joined by ", and"', () => {
    expect(pairs('Ana Ortiz, Tom Reyes, and other pilots say the pier is unsafe.')).toEqual(['say <- Ana Ortiz, Tom Reyes, and other pilots']);
    expect(pairs('Neither Ortiz nor Reyes said whether the pier would close.')).toEqual(['said <- Neither Ortiz nor Reyes']);
    expect(pairs('The mayor toured the pier, and aides say she was pleased.')).toEqual(['say <- aides']);
  });

  it('reads one word opening the sentence as no name an apposition describes', () => {
    expect(pairs('Regardless, the ministry said the pier was safe.')).toEqual(['said <- the ministry']);
  });

  it('starts the source after a noun that a clause without "that" describes ("a plan Ortiz hopes")', () => {
    expect(pairs('It is a plan Ana Ortiz hopes to finish by May.')).toEqual(['hopes <- Ana Ortiz']);
  });

  it('keeps when a poll came out in the poll', () => {
    expect(pairs('A Marlow Herald poll last week showed Ortiz ahead.')).toEqual(['showed <- A Marlow Herald poll last week']);
    expect(pairs('Ortiz led by nine points in a Marlow Herald poll last month.')).toEqual(['in <- a Marlow Herald poll last month']);
  });

  it('ends a shared subject before its own verb ("His campaign sued the city, claiming")', () => {
    expect(pairs('His campaign sued the city on Friday, claiming the pier was unsafe.')).toEqual(['claiming <- His campaign']);
    expect(pairs('Ortiz rips the plan in a letter, arguing that the pier is unsafe.')).toEqual(['arguing <- Ortiz']);
    expect(pairs('The Marlow pilots demanded a vote, saying the pier was unsafe.')).toEqual(['saying <- The Marlow pilots']);
  });

  it('leaves a relative clause that reports, commas and all, out of the source', () => {
    expect(pairs('Tom Reyes, who has called the plan a disaster, a waste and a joke, argued that the pier would close.')).toEqual(['has called <- who', 'argued <- Tom Reyes']);
  });
});

describe('sources of found cues, fourth round (issue 14, PolNeAR train and dev)', () => {
  it('reads past an adverb set off by commas between the subject and its verb ("Ortiz, meanwhile, told")', () => {
    expect(pairs('Ana Ortiz, meanwhile, told reporters the pier was unsafe.')).toEqual(['told <- Ana Ortiz']);
  });

  it('takes an apposition with no verb that opens with a common noun', () => {
    expect(pairs('Tom Reyes, senior director for harbour affairs at the Marlow Port Authority, said the ferry was late.')).toEqual(['said <- Tom Reyes, senior director for harbour affairs at the Marlow Port Authority']);
  });

  it('reads a phrase after the cue that a verb follows as the start of what is said, not as the source', () => {
    expect(pairs('Tom Reyes, standing on the pier in the rain, said the ferry was late.')).toEqual(['said <- Tom Reyes']);
    expect(pairs('Reyes, 58 and retired, said the ferry was late.')).toEqual(['said <- Reyes']);
  });

  it('keeps when a document came out with it when its participle is not read as a noun ("The survey released Friday showed")', () => {
    expect(pairs('The harbour survey released Friday showed that rents rose.')).toEqual(['showed <- The harbour survey released Friday']);
  });

  it('takes "those" with its participle, "another" alone and "both of whom" as sources', () => {
    expect(pairs('Those surveyed said the ferry was late.')).toEqual(['said <- Those surveyed']);
    expect(pairs('Thirty percent of those polled say the pier is unsafe.')).toEqual(['say <- Thirty percent of those polled']);
    expect(pairs('One pilot praised the mayor. Another said the ferry was late.')).toEqual(['praised <- One pilot', 'said <- Another']);
    expect(pairs('Three pilots came, two of whom said the ferry was late.')).toEqual(['said <- two of whom']);
  });

  it('takes a figure that opens its clause as the source ("12 said")', () => {
    expect(pairs('Of the 40 pilots, 12 said the ferry was late and 20 said it was early.')).toEqual(['said <- 12', 'said <- 20']);
    expect(pairs('Views split on the pier: 42% say it is unsafe; 26% say it is fine.')).toEqual(['say <- 42%', 'say <- 26%']);
  });

  it('keeps a participle phrase after the head of a subject that opens its clause ("Pilots working on the ferry say")', () => {
    expect(pairs('Pilots working on the ferry say it is late.')).toEqual(['say <- Pilots working on the ferry']);
    expect(pairs('A county judge handling the lawsuit ordered the pier closed.')).toEqual(['ordered <- A county judge handling the lawsuit']);
  });

  it('keeps an apposition led by an adverb of time ("Reyes, now director of …,")', () => {
    expect(pairs('Tom Reyes, now director of the Marlow Port Authority, said the ferry was late.')).toEqual(['said <- Tom Reyes, now director of the Marlow Port Authority']);
    expect(pairs('Reyes, then 38, said the pier was safe.')).toEqual(['said <- Reyes, then 38']);
  });

  it('ends the source before "in" a statement or "in particular", but keeps a place', () => {
    expect(pairs('Ortiz in an interview with the Herald said the pier was unsafe.')).toEqual(['said <- Ortiz']);
    expect(pairs('Pilots in particular believe the storm will hit.')).toEqual(['believe <- Pilots']);
    expect(pairs('Pilots at the harbour said the ferry was late.')).toEqual(['said <- Pilots at the harbour']);
  });

  it('shares the subject of the reporting clause, not of the clause it reports ("He said that he … but did not say")', () => {
    expect(pairs('Reyes said that he believed the pier was safe but did not say when it would open.')).toEqual(['said <- Reyes', 'did not say <- Reyes']);
    expect(pairs('Ortiz said she hoped the vote would pass and promised to hold it in May.')).toEqual(['said <- Ortiz', 'promised <- Ortiz']);
    expect(pairs('Ortiz told the pilots that she believes the pier is safe, saying the storm had passed.')).toEqual(['told <- Ortiz', 'saying <- Ortiz']);
  });

  it('reads past a year after "in" between the source and its cue ("who in 2009 said")', () => {
    expect(pairs('The mayor met Reyes, who in 2009 said the pier was unsafe.')).toEqual(['said <- who']);
  });

  it('reads a past form before "at" as active after a subject pronoun or a name ("She claimed at the hearing")', () => {
    expect(pairs('She claimed at the hearing that the pier was unsafe.')).toEqual(['claimed <- She']);
    expect(pairs('As the boats passed, the Herald reported at least six wrecks.')).toEqual(['reported <- the Herald']);
  });

  it('reads "thinking", "planning" and "reporting" as nouns that can end a source', () => {
    expect(pairs('Pilots familiar with his plans say the mayor is tired.')).toEqual(['say <- Pilots familiar with his plans']);
    expect(pairs("The Herald's reporting showed that the pier was unsafe.")).toEqual(["showed <- The Herald's reporting"]);
  });

  it('gives a participle the main subject, not the source of a cue in an opening "When …" clause', () => {
    expect(pairs('When the pilots warned that the pier was unsafe, the mayor closed it, promising a review.')).toEqual(['warned <- the pilots', 'promising <- the mayor']);
  });

  it('gives no source to a past participle that describes the object of a preposition ("waiting for a ruling expected in May")', () => {
    expect(pairs('The pilots are waiting for a ruling expected in May.')).toEqual(['expected <- -']);
    expect(pairs('As the Herald reported, the pier was closed.')).toEqual(['reported <- the Herald']);
  });

  it('ends a source named after its cue before ", about" and what was said is about', () => {
    expect(pairs('"It is late," said Tom Reyes, director of the port, about the ferry.')).toEqual(['said <- Tom Reyes, director of the port']);
    expect(pairs('"It is late," said Tom Reyes, a pilot in Marlow, about 20 miles south of Ashby.')).toEqual(['said <- Tom Reyes, a pilot in Marlow, about 20 miles south of Ashby']);
  });

  it('reads spaced hyphens written for dashes as dashes, keeping an apposition but not a relative clause', () => {
    expect(pairs('Tom Reyes -- a pilot from Marlow -- said the ferry was late.')).toEqual(['said <- Tom Reyes -- a pilot from Marlow']);
    expect(pairs('Ana Ortiz - who fished there for years - said the ferry was late.')).toEqual(['said <- Ana Ortiz']);
  });

  it('gives a verb after "and" in a "who" clause that "who" ("Reyes, who went ahead and endorsed")', () => {
    // The cue keeps "went ahead and" since the coordination round (see "go"/"come" joined by "and").
    expect(pairs('The plan won over Reyes, who went ahead and endorsed the mayor.')).toEqual(['went ahead and endorsed <- who']);
  });

  it('reads a phrase set off by commas after the object of a participle as no apposition of the source', () => {
    expect(pairs('Tom Reyes, facing a hard race in Marlow, a port town, said the ferry was late.')).toEqual(['said <- Tom Reyes']);
  });

  it('keeps a long apposition led by "one of" ("Reyes, one of the pilots vanquished by the storm,")', () => {
    expect(pairs('Tom Reyes, one of the pilots vanquished by the storm, had pledged to stay.')).toEqual(['had pledged <- Tom Reyes, one of the pilots vanquished by the storm']);
  });
});

describe('sources of found cues, fifth round (issue 14, PolNeAR train and dev)', () => {
  it('ends a source named after its cue before an aside and before a new clause', () => {
    expect(pairs('“The ferry was late,” said Mayor Ana Ortiz in a telephone interview.')).toEqual(['said <- Mayor Ana Ortiz']);
    expect(pairs('“The ferry was late,” wrote Tom Reyes on his blog.')).toEqual(['wrote <- Tom Reyes']);
    expect(pairs('“The ferry was late,” said Tom Reyes, but he did not know why.')).toEqual(['said <- Tom Reyes', 'did not know <- he']);
    expect(pairs('“The ferry was late,” said Tom Reyes, a pilot from Marlow.')).toEqual(['said <- Tom Reyes, a pilot from Marlow']);
  });

  it('takes a list that opens its clause without a serial comma as one source, not a time or an adverb before it', () => {
    expect(pairs('Norway, Spain and Italy support the new ferry rules.')).toEqual(['support <- Norway, Spain and Italy']);
    expect(pairs('The families, pilots and harbour staff say the ferry is late.')).toEqual(['say <- The families, pilots and harbour staff']);
    expect(pairs('Yesterday, Ortiz and Reyes said the ferry was late.')).toEqual(['said <- Ortiz and Reyes']);
    expect(pairs('Rather, pilots close to the mayor say the ferry is late.')).toEqual(['say <- pilots close to the mayor']);
  });

  it('keeps a name with its apposition led by a common noun before a second apposition or a "which" clause', () => {
    expect(pairs('Eva Lind, president of the Ferry Union, which runs the boats, said the boat was late.')).toEqual(['said <- Eva Lind, president of the Ferry Union, which runs the boats']);
    expect(pairs('Eva Lind, president of the Ferry Union, a small group, said the boat was late.')).toEqual(['said <- Eva Lind, president of the Ferry Union, a small group']);
  });

  it('keeps the hedge of a figure that is the source ("at least half of", "nearly two-thirds of", "as many as")', () => {
    expect(pairs('At least half of the pilots say the ferry is late.')).toEqual(['say <- At least half of the pilots']);
    expect(pairs('Nearly two-thirds of voters said the plan was bad.')).toEqual(['said <- Nearly two-thirds of voters']);
    expect(pairs('As many as 40 percent of them said no.')).toEqual(['said <- As many as 40 percent of them']);
  });

  it('keeps a participle used as an adjective and a share with "of" when the source opens its clause', () => {
    expect(pairs('Leaked documents show the ferry was late.')).toEqual(['show <- Leaked documents']);
    expect(pairs('The ferry sank after leaked emails showed the pier was unsafe.')).toEqual(['showed <- leaked emails']);
    expect(pairs('Later, one of the mayor\'s pilots pointed out that the ferry was late.')).toEqual(['pointed out <- one of the mayor\'s pilots']);
  });
});

describe('source edges, eighth round (issue 14, PolNeAR train and dev)', () => {
  it('keeps "and others", "and other …" and "and his …" with a source named after its cue', () => {
    expect(pairs('“The pier is unsafe,” said Tom Reyes and others.')).toEqual(['said <- Tom Reyes and others']);
    expect(pairs('“The pier is unsafe,” said Mayor Ana Ortiz and other officials.')).toEqual(['said <- Mayor Ana Ortiz and other officials']);
    expect(pairs('The ferry rules were announced by Ana Ortiz and her aides.')).toEqual(['were announced <- Ana Ortiz and her aides']);
  });

  it('reads the full stop of an abbreviation before a bracket or a comma as no sentence end after an inverted cue', () => {
    expect(pairs('“The pier is unsafe,” said Ana Ortiz, a pilot in Marlow, Va., who sailed the ferry for years.')).toEqual(['said <- Ana Ortiz, a pilot in Marlow, Va., who sailed the ferry for years']);
  });
});

describe('cues, sixth round (issue 14, PolNeAR train and dev)', () => {
  it('reads "saying" right after the noun that speaks, before a clause or a quotation, as a cue with that noun as source', () => {
    expect(pairs('With 62 percent of the pilots saying they would strike, the mayor gave way.')).toEqual(['saying <- 62 percent of the pilots']);
    expect(pairs('Reyes held up a sign saying “Save the ferry.”')).toEqual(['saying <- a sign']);
  });

  it('reads a cue of the clause a verb reports as nested after a short aside and "that", or with only words between', () => {
    expect(pairs('Ortiz said on Friday to the harbour radio that she planned to close the pier.')).toEqual(['said <- Ortiz']);
    expect(pairs('Ortiz said at the harbour on Friday that the pilots feared a storm.')).toEqual(['said <- Ortiz']);
    expect(pairs('The pilots say the new rules they fear will ruin the ferry.')).toEqual(['say <- The pilots']);
    // A clause of its own after "when" or "as" is no part of what is said.
    expect(pairs('Ortiz said the pier was shut when the council announced the closure.')).toEqual(['said <- Ortiz', 'announced <- the council']);
    expect(pairs('Reyes said the ferry ran late as the pilots warned of a storm.')).toEqual(['said <- Reyes', 'warned of <- the pilots']);
  });

  it('reads "come out" with its particle after an auxiliary ("has come out in support of")', () => {
    expect(pairs('Ortiz has come out in support of the ferry plan.')).toEqual(['has come out in support of <- Ortiz']);
  });

  it('reads "To" opening its sentence before a person and a comma as a cue of view (not "To date,")', () => {
    expect(pairs('To Reyes, the pier is a symbol of the town.')).toEqual(['To <- Reyes']);
    expect(pairs('To date, the pier has cost $4 million.')).toEqual([]);
  });

  it('reads no cue in the filler "you know," nor in "(think …)" giving an example', () => {
    expect(pairs('The pier is old. You know, the one by the ferry.')).toEqual([]);
    expect(pairs('A local hero (think Ana Ortiz) can win the town.')).toEqual([]);
  });

  it('reads a form that is also a noun as a cue when it closes its sentence after a comma or a quotation and its subject', () => {
    expect(pairs('He sold the ferry to the town in 2010, records show.')).toEqual(['show <- records']);
    expect(pairs('The pier will close in May, the Marlow Herald reports.')).toEqual(['reports <- the Marlow Herald']);
    expect(pairs('“The pier is a disgrace,” Reyes notes.')).toEqual(['notes <- Reyes']);
    expect(pairs('The mayor spent little on ads, according to press reports.')).toEqual(['according to <- press reports']);
  });

  it('reads "show" after a broadcast word as a programme ("his radio show"), not a verb', () => {
    expect(pairs('Reyes mocked the mayor on his radio show “Harbour Talk.”').map((p) => p.split(' <- ')[0])).not.toContain('show');
    expect(pairs('Reyes hosts a TV show with the mayor.')).toEqual([]);
    expect(pairs('Footage from the harbour shows that the pier was shut.')).toEqual(['shows <- Footage from the harbour']);
  });

  it('reads a form that is also a noun after "and", with nothing it takes after it, as the noun ("and support from")', () => {
    expect(pairs('Ortiz has a strong team and support from the pilots.')).toEqual([]);
    expect(pairs('The firms gave free boats and support, the mayor said.')).toEqual(['said <- the mayor']);
    expect(pairs('Ortiz met the pilots and supports their plan.')).toEqual(['supports <- Ortiz']);
  });

  it('reads the reporter\'s credit line as no cue ("Tom Reyes reported from Marlow.")', () => {
    expect(pairs('Tom Reyes reported from Marlow.')).toEqual([]);
    expect(pairs('The Herald reported that the pier was shut.')).toEqual(['reported <- The Herald']);
  });

  it('reads an active thought verb whose thinker is not found as no cue', () => {
    expect(pairs('The pilots let them think the pier was safe.')).toEqual([]);
    expect(pairs('Skippers think the pier is unsafe.')).toEqual(['think <- Skippers']);
  });
});

describe('sources of found cues, sixth round (issue 14, PolNeAR train and dev)', () => {
  it('reads a cue further into what is reported as nested: a pronoun source, or any source after a later "that"', () => {
    expect(pairs('Ortiz told a crowd of pilots in Marlow on Tuesday that she believes the pier is safe.')).toEqual(['told <- Ortiz']);
    expect(pairs('Reyes insists on the record that he knows the harbour.')).toEqual(['insists on <- Reyes']);
    expect(pairs('Ortiz told reporters after the long vote in Marlow that the pilots believe the pier is unsafe.')).toEqual(['told <- Ortiz']);
    // A clause of its own: after a subordinator, a relative pronoun or a comma; a cue set off after its subject
    // is the outer attribution ("…, he said.").
    expect(pairs('Reyes finds that in harbour work, he said.')).toEqual(['said <- he']);
    expect(pairs('At one stage, he said, he was weighing a new pier.')).toEqual(['said <- he']);
    expect(pairs('Marlow did not complain about the pier, a harbour official said, adding that repairs were due.')).toEqual(['said <- a harbour official', 'adding <- a harbour official']);
    expect(pairs('Ortiz praised the pier when she announced the plan.')).toEqual(['praised <- Ortiz', 'announced <- she']);
    expect(pairs('Ortiz praised the pier, which she described as a marvel.')).toEqual(['praised <- Ortiz', 'described <- she']);
  });

  it('reads a pronoun opening a subordinate clause inside what a verb of saying reports as nested', () => {
    expect(pairs('Ortiz said she left the harbour early because she wanted to sail.')).toEqual(['said <- Ortiz']);
    expect(pairs('Ortiz said, smiling, that the pier was safe when she announced the plan.')).toEqual(['said <- Ortiz', 'announced <- she']);
  });

  it('reads a participle of speech after "with" and a phrase as a cue whose source is that phrase', () => {
    expect(pairs('The vote ended with 40 percent of the pilots saying the pier was unsafe.')).toEqual(['saying <- 40 percent of the pilots']);
    expect(pairs('The ad opens with footage of Ortiz saying the pier is safe.')).toEqual(['saying <- Ortiz']);
    expect(pairs('The crew met with reporters in Marlow, saying the pier was safe.')).toEqual(['saying <- The crew']);
  });

  it('reads a participle of speech after an en dash or spaced hyphens as sharing its clause\'s subject', () => {
    expect(pairs('Ortiz changed her mind on the spot – saying the pier was safe after all.')).toEqual(['saying <- Ortiz']);
    expect(pairs('Ortiz changed her mind on the spot -- saying the pier was safe after all.')).toEqual(['saying <- Ortiz']);
  });

  it('reads a clause after ", but" before an inverted cue as no aside between a subject and its verb', () => {
    expect(pairs('The ferry is hardly fast, but it has a loyal following, said Mr. Reyes.')).toEqual(['said <- Mr. Reyes']);
  });

  it('reads "v." in the name of a case as no sentence end', () => {
    expect(pairs('Ortiz criticised the ruling in Marlow v. Reyes and reminded the crowd of her record.')).toEqual(['criticised <- Ortiz', 'reminded <- Ortiz']);
  });

  it('reads a verb right after a closing quotation mark and its subject as the cue of that quotation', () => {
    expect(pairs('“The pier is unsafe,” he notes.')).toEqual(['notes <- he']);
    expect(pairs('“Welcome to Marlow,” it read.')).toEqual(['read <- it']);
    expect(pairs('“The pier is unsafe,” Tom Reyes added when the crowd laughed.')).toEqual(['added <- Tom Reyes']);
  });

  it('reads a verb of thought after a subject pronoun before a clause that opens with a determiner as a cue', () => {
    expect(pairs('She learned her father had sold the boat.')).toEqual(['learned <- She']);
  });

  it('shares the reporting subject, not one inside what was reported, further into the report', () => {
    expect(pairs('Ortiz said in an interview last week that she did not want a new pier and predicted a long fight.')).toEqual(['said <- Ortiz', 'predicted <- Ortiz']);
  });

  it('takes no lone adverb or existential "there" as a source, and no filler "you know" as a cue', () => {
    expect(pairs('As the crew would soon learn, the pier was unsafe.')).toEqual([]);
    // "you know" before punctuation is a filler.
    expect(pairs('You know, the pier was never safe.')).toEqual([]);
    expect(pairs('You know the pier is unsafe.')).toEqual(['know <- You']);
  });

  it('shares no subject across a semicolon', () => {
    expect(pairs('Reyes proposes a new pier; she builds bridges and argues for them.')).toEqual(['proposes <- Reyes', 'argues for <- she']);
  });

  it('ends a source named after its cue before a participle clause, not before a participle that names a post', () => {
    expect(pairs('“The pier is safe,” said Tom Reyes, becoming the first pilot to back the plan.')).toEqual(['said <- Tom Reyes']);
    expect(pairs('“The pier is safe,” said Tom Reyes, managing director of the port.')).toEqual(['said <- Tom Reyes, managing director of the port']);
  });
});

describe('numbers', () => {
  it('reads written-out and mixed numbers', () => {
    expect(figure('Two hundred and six families left.').map((f) => f[1])).toEqual([206]);
    expect(figure('The fund holds $US113 trillion.').map((f) => f[1])).toEqual([113e12]);
    expect(figure('About 1.5 million people voted.')).toEqual([['About 1.5 million', 1.5e6, 'around', null, null]]);
    expect(figure('A dozen staff left and the bank holds 8 B in reserve.').map((f) => f[1])).toEqual([12, 8e9]);
    expect(figure('Two thirds of the town was flooded.').map((f) => Math.round((f[1] ?? 0) * 1000) / 1000)).toEqual([0.667]);
  });

  it('reads ranges as [low, high]', () => {
    expect(figure('Officials expect 10 to 15 buses.')).toEqual([['10 to 15', 10, 'none', [10, 15], null]]);
    expect(figure('Between 2000 - 2500 people attended.')[0]?.[3]).toEqual([2000, 2500]);
    expect(figure('Crowds of 5k-20k are expected.')[0]?.[3]).toEqual([5000, 20000]);
  });

  it('keeps percentages as written and negative values', () => {
    expect(figure('Turnout was 19 per cent.').map((f) => f[1])).toEqual([19]);
    expect(figure('It was -4.5 at night and minus 4 by day.').map((f) => f[1])).toEqual([-4.5, -4]);
  });

  it('marks the direction of a change, not of the level reached', () => {
    expect(figure('Shares rose 0.3% to US $58.24.').map((f) => [f[0], f[4]])).toEqual([['0.3%', 'up'], ['$58.24', null]]);
    expect(figure('The index fell 190 points.').map((f) => f[4])).toEqual(['down']);
    expect(figure('The stock was up 19 cents.').map((f) => f[4])).toEqual(['up']);
    expect(figure('Temperatures dropped by 1 to 1.5 degrees.')).toEqual([['1 to 1.5', 1, 'none', [1, 1.5], 'down']]);
  });

  it('keeps the hedge', () => {
    expect(figure('Nearly 40 people were hurt and more than 3,000 fled.').map((f) => f[2])).toEqual(['nearly', 'more-than']);
  });

  it('reads a hedge after the figure and ceilings written as "no more than" or "under"', () => {
    expect(figure('It will cost 500 or more, and 18 or under may enter.').map((f) => [f[0], f[2]])).toEqual([['500 or more', 'at-least'], ['18 or under', 'up-to']]);
    expect(figure('No more than 12 boats and under 170 people.').map((f) => [f[0], f[2]])).toEqual([['No more than 12', 'up-to'], ['under 170', 'up-to']]);
  });

  it('reads a half or a quarter of a scale: "five and a half million", "3 million and a half", "half million"', () => {
    expect(figure('Some five and a half million people fled; 3 million and a half stayed.').map((f) => [f[0], f[1]])).toEqual([
      ['Some five and a half million', 5_500_000],
      ['3 million and a half', 3_500_000],
    ]);
    expect(figure('About one million and a quarter were counted, and half million more.').map((f) => [f[0], f[1]])).toEqual([
      ['About one million and a quarter', 1_250_000],
      ['half million', 500_000],
    ]);
  });

  it('reads fractions written as words, and a fraction added to a whole or a scale', () => {
    const values = (text: string) => figure(text).map((f) => [f[0], Math.round((f[1] ?? 0) * 1e6) / 1e6]);
    expect(values('A fifth of the crew and one-eighth of the cargo were lost.')).toEqual([['A fifth', 0.2], ['one-eighth', 0.125]]);
    expect(values('Three quarters of the pier and one - fourth of the lane.')).toEqual([['Three quarters', 0.75], ['one - fourth', 0.25]]);
    expect(values('The beam is three and one fourth metres; the tank holds two hundred and fifty-four hundredths.')).toEqual([['three and one fourth', 3.25], ['two hundred and fifty-four hundredths', 200.54]]);
    expect(values('The port earned two million and three fifths, later one billion and a half million.')).toEqual([['two million and three fifths', 2_600_000], ['one billion and a half million', 1_000_500_000]]);
    expect(values('A quarter million came, two thirds of a million stayed, and a hundred and two left.')).toEqual([['A quarter million', 250_000], ['two thirds of a million', 666_666.666667], ['a hundred and two', 102]]);
    expect(values('Three dozens eggs and a hundredth of a second.')).toEqual([['Three dozens', 36], ['a hundredth', 0.01]]);
  });

  it('reads shares: "one in five", "two out of three", "1 over 4", not "12 in 6 crates" or "over 3 years"', () => {
    expect(figure('One in five adults, 2 out of three pupils, and for the rest 1 over 4.').map((f) => [f[0], Math.round((f[1] ?? 0) * 100) / 100])).toEqual([['One in five', 0.2], ['2 out of three', 0.67], ['1 over 4', 0.25]]);
    expect(figure('They packed 12 in 6 crates as prices rose 5% over 3 years.').map((f) => f[0])).toEqual(['12', '6', '5%', '3']);
  });

  it('reads exponents written after the digits, and leaves a unit\'s exponent out', () => {
    expect(figure('Some 1.5e3 cells, 10^6 spores, 4.1x10^-2 grams and 3.2×10−5 volts.').map((f) => [f[0], f[1]])).toEqual([
      ['Some 1.5e3', 1500],
      ['10^6', 1e6],
      ['4.1x10^-2', 0.041],
      ['3.2×10−5', 0.000032],
    ]);
    expect(figure('The plot is 30 m^2 and the rate 12 s−1.').map((f) => f[0])).toEqual(['30', '12']);
  });

  it('reads digits with scale words, lakh and crore, and scale letters', () => {
    expect(figure('About 4 thousand 3 hundred and 21 boats, then 3 hundred and 2 hundred more.').map((f) => [f[0], f[1]])).toEqual([
      ['About 4 thousand 3 hundred and 21', 4321],
      ['3 hundred', 300],
      ['2 hundred', 200],
    ]);
    expect(figure('Rs 5 crore went to 13 lakh farmers, three lakh crore in all.').map((f) => f[1])).toEqual([5e7, 1.3e6, 3e12]);
    expect(figure('It cost 1.2b, then 10 bln, 2mil SEK and $2.2T; 10M people.').map((f) => [f[0], f[1]])).toEqual([
      ['1.2b', 1.2e9],
      ['10 bln', 1e10],
      ['2mil', 2e6],
      ['$2.2T', 2.2e12],
      ['10M', 1e7],
    ]);
    expect(figure('A 5G mast and a 3D map cost 7 pounds.').map((f) => f[0])).toEqual(['7']);
  });

  it('reads fractions in digits and digits grouped by spaces, not dates or names', () => {
    expect(figure('Add 2 1/2 cups, 2½ spoons and ⅓ of the salt; 3/4 of pupils and -1/2 degree.').map((f) => [f[0], Math.round((f[1] ?? 0) * 1000) / 1000])).toEqual([
      ['2 1/2', 2.5],
      ['2½', 2.5],
      ['⅓', 0.333],
      ['3/4', 0.75],
      ['-1/2', -0.5],
    ]);
    expect(figure('After 9/11 the shop stayed open 24/7.')).toEqual([]);
    expect(figure('The city of 1 414 021 had 40 000 cars in 2019 100 000 bikes.').map((f) => f[1])).toEqual([1_414_021, 40_000, 100_000]);
  });

  it('reads a floor and a ceiling as one range, and "from … to" as a range unless it is a change', () => {
    expect(figure('Crews of more than 10 and fewer than 20, at most 90 but at least 40; more than 8 and less than 3.').map((f) => [f[0], f[3], f[2]])).toEqual([
      ['more than 10 and fewer than 20', [10, 20], 'none'],
      ['at most 90 but at least 40', [40, 90], 'none'],
      ['more than 8', null, 'more-than'],
      ['less than 3', null, 'up-to'],
    ]);
    expect(figure('Bands run from 7 to 10 and 20 through 30.').map((f) => f[3])).toEqual([[7, 10], [20, 30]]);
    expect(figure('Membership grew this year from 146 to 212.').map((f) => f[3])).toEqual([null, null]);
    expect(figure('About 500 or more came; he is over sixty years old.').map((f) => [f[0], f[2]])).toEqual([['About 500 or more', 'at-least'], ['over sixty', 'over']]);
  });

  it('reads "minus one", "negative one" and a minus after a currency sign', () => {
    expect(figure('It ended at minus one, then negative one, a loss of $-4.50; £30 ($40) stays.').map((f) => [f[0], f[1]])).toEqual([
      ['minus one', -1],
      ['negative one', -1],
      ['$-4.50', -4.5],
      ['£30', 30],
      ['$40', 40],
    ]);
  });

  it('reads long hostile runs of number-like text in one pass, with exact offsets', () => {
    const runs = ['1e1', '1^1', '2x10^', '1 000', '4 thousand 3 hundred and ', 'one and a half and ', '+1-2', 'http://a/1', '½', '1/2 ', 'more than 1 and less than 2, ', 'from 1 to 2 ', 'one over ', 'one in ', '3 in ', '1 ', 'one hundred thirty fifths ', 'one one hundred and ', 'between the tenth and the ', 'million, two hundred & ', 'Voyager 2 '];
    for (const run of runs) {
      const text = run.repeat(20_000 / run.length);
      const found = numbers(text);
      for (const n of found) expect(text.slice(n.start, n.end)).toBe(n.text);
    }
  });

  it('keeps a counting ordinal and quarters of a year out of fractions', () => {
    expect(figure('She won a fifth term after growth in the last two quarters.').map((f) => [f[0], f[1]])).toEqual([['fifth', 5], ['two', 2]]);
    expect(figure('Rents rose by a third.').map((f) => [f[0], f[4]])).toEqual([['a third', 'up']]);
  });

  it('reads "one hundred and six" and "one and a half" whole', () => {
    expect(figure('One hundred and six people and one and a half tonnes.').map((f) => [f[0], f[1]])).toEqual([['One hundred and six', 106], ['one and a half', 1.5]]);
  });

  it('leaves dates, times, years, point ordinals and identifiers out, and keeps counts', () => {
    expect(numbers('On March 3, 2024, at 4:30 p.m., Resolution 2334 was read in the 94th minute.')).toEqual([]);
    expect(figure('In the three months since the 2022 floods, 40 homes were rebuilt.').map((f) => f[0])).toEqual(['three', '40']);
  });

  it('leaves the digits of web addresses, e-mail addresses and phone numbers out', () => {
    expect(figure('Read https://news.example.org/2021/07/floods-40 or mail desk@alder12.org: 40 homes.').map((f) => f[0])).toEqual(['40']);
    expect(figure('Call +44 20 7946 0000 or +1-555-010-9999 for 3 tickets; turnout was +3%.').map((f) => f[0])).toEqual(['3', '3%']);
  });

  it('counts time units, in a headline too', () => {
    expect(numbers('Three Months After the Flood, Alder Waits').map((n) => [n.text, n.counted])).toEqual([['Three', 'months']]);
    expect(numbers('The repairs took two weeks.').map((n) => [n.text, n.counted])).toEqual([['two', 'weeks']]);
  });

  it('reads ranges with the unit written at both ends, and negative ends', () => {
    expect(figure('Each crate holds 12 kg to 15 kg of grain.')).toEqual([['12 kg to 15', 12, 'none', [12, 15], null]]);
    expect(figure('Tickets cost $8 - $12 and the ferry between 30 min and 45 min.').map((f) => [f[0], f[3]])).toEqual([['$8 - $12', [8, 12]], ['between 30 min and 45', [30, 45]]]);
    expect(figure('Nights ranged from -12 °C to -20 °C, with -40-0 in the hills.').map((f) => [f[1], f[3]])).toEqual([[-20, [-20, -12]], [-40, [-40, 0]]]);
    expect(figure('They hired 6- to 8-person crews; 20 to 30 were injured.').map((f) => f[3])).toEqual([[6, 8], [20, 30]]);
    // The same unit is needed at both ends: "5 kg to 10 people" is two figures.
    expect(figure('They sent 5 kg to 10 people.').map((f) => f[0])).toEqual(['5', '10']);
  });

  it('reads comparison symbols as hedges', () => {
    expect(figure('Pupils scoring >80 or <=40, about ≥ 12 and ~70 of them; x<-3.').map((f) => [f[0], f[1], f[2]])).toEqual([
      ['>80', 80, 'more-than'],
      ['<=40', 40, 'up-to'],
      ['≥ 12', 12, 'at-least'],
      ['~70', 70, 'approximately'],
      ['<-3', -3, 'up-to'],
    ]);
    expect(figure('The votes were 10~15.').map((f) => [f[0], f[2], f[3]])).toEqual([['10~15', 'none', [10, 15]]]);
    // A tilde and a space open a line as a bullet.
    expect(figure('~ Two boats sank.').map((f) => [f[0], f[2]])).toEqual([['Two', 'none']]);
  });

  it('reads comparisons written as words with "or equal to" and negations, and ranges of shares', () => {
    expect(figure('Bids bigger than or equal to 30; not less than 40; not exceeding 50; less than a half.').map((f) => [f[0], f[2]])).toEqual([
      ['bigger than or equal to 30', 'at-least'],
      ['not less than 40', 'at-least'],
      ['not exceeding 50', 'up-to'],
      ['less than a half', 'up-to'],
    ]);
    expect(figure('A minimum of 20 seats, 30 at most; 40+ guests, at the most 50; a sum 1+1.').map((f) => [f[0], f[2]])).toEqual([
      ['A minimum of 20', 'at-least'],
      ['30 at most', 'up-to'],
      ['40+', 'at-least'],
      ['at the most 50', 'up-to'],
      ['1', 'none'],
      ['1', 'none'],
    ]);
    expect(figure('Turnout rose 5-10% in towns and 30%-40% in villages.').map((f) => [f[0], f[3], f[4]])).toEqual([['5-10%', [5, 10], 'up'], ['30%-40%', [30, 40], null]]);
  });

  it('reads "or equal to" and a second comparison after a figure', () => {
    expect(figure('Bids more than 300 or equal to it win; 40 or fewer than 50 lose.').map((f) => [f[0], f[2]])).toEqual([
      ['more than 300 or equal to', 'at-least'],
      ['40', 'none'],
      ['fewer than 50', 'up-to'],
    ]);
  });

  it('marks directions written before, after or as a noun of change, and none for the level reached', () => {
    expect(figure('The index rose 0.3% to US $58.24, a rise of 4 points, then fell 190 points.').map((f) => [f[0], f[4]])).toEqual([
      ['0.3%', 'up'],
      ['$58.24', null],
      ['4', 'up'],
      ['190', 'down'],
    ]);
    expect(figure('After a 5% drop and a 10-point gain, shares ended 19 cents higher.').map((f) => [f[0], f[4]])).toEqual([
      ['5%', 'down'],
      ['10-point', 'up'],
      ['19', 'up'],
    ]);
    expect(figure('Rates climbed by 0.5% to 3.2%; temperatures dropped by 1 to 1.5 degrees.').map((f) => [f[0], f[3], f[4]])).toEqual([
      ['0.5%', null, 'up'],
      ['3.2%', null, null],
      ['1 to 1.5', [1, 1.5], 'down'],
    ]);
    // Counts of changes are not changes.
    expect(figure('There were two rises this year.').map((f) => f[4])).toEqual([null]);
    // A duration before a noun of change is not the change.
    expect(figure('The 40-year decline ended.').map((f) => f[4])).toEqual([null]);
  });

  it('reads nought, decimal commas and words around a hyphen with spaces', () => {
    expect(figure('The gauge read nought point four, then nine point nought two; the effort came to naught.').map((f) => [f[0], f[1]])).toEqual([
      ['nought point four', 0.4],
      ['nine point nought two', 9.02],
    ]);
    expect(figure('Bread costs 2,50 euros in Lille, 1.234,5 in all; 12,500 loaves sold.').map((f) => f[1])).toEqual([2.5, 1234.5, 12500]);
    expect(figure('Sixty - four lanterns and two hundred point fifty-one metres.').map((f) => f[1])).toEqual([64, 200.51]);
  });

  it('keeps fraction words to real shares', () => {
    const values = (text: string) => figure(text).map((f) => [f[0], Math.round((f[1] ?? 0) * 100) / 100]);
    expect(values('After two quarters of growth and three quarters of the vote, it held three quarters.')).toEqual([['two', 2], ['three quarters', 0.75], ['three quarters', 0.75]]);
    expect(values('Profits fell in three quarters in a row.')).toEqual([['three', 3]]);
    expect(values('A third party and a second opinion; his fifth trip; about 1/40 of the dose.')).toEqual([['fifth', 5], ['about 1/40', 0.03]]);
  });

  it('keeps dates and years out beside counts of the same words', () => {
    expect(figure('On 4 May 2021 the 4 boats carried 2021 crates; in 1999 3 ships sailed for 3 hrs, at 1400 hrs.').map((f) => f[0])).toEqual(['4', '2021', '3', '3']);
    // A change from one level to another is not a range.
    expect(figure('Nights fell from -12 °C to -20 °C.').map((f) => f[3])).toEqual([null, null]);
  });

  it('reads fractions whose denominator is a compound ordinal', () => {
    const values = (text: string) => figure(text).map((f) => [f[0], Math.round((f[1] ?? 0) * 10000) / 10000]);
    expect(values('Add one twenty-fifth of the salt, then three thirty firsts of the flour.')).toEqual([['one twenty-fifth', 0.04], ['three thirty firsts', 0.0968]]);
    // The words before the ordinal name the denominator: 100/45, 1/106, 100/1009.
    expect(values('one hundred forty fifths; one one hundred and sixth; one hundred one thousand ninths')).toEqual([
      ['one hundred forty fifths', 2.2222],
      ['one one hundred and sixth', 0.0094],
      ['one hundred one thousand ninths', 0.0991],
    ]);
    expect(values('Yields fell by one hundred thirty-sixths, and a twenty-first went to the co-op.')).toEqual([['one hundred thirty-sixths', 2.7778], ['a twenty-first', 0.0476]]);
    // With "and", the longer numerator stays: 132/5.
    expect(values('one hundred and thirty-two fifths')).toEqual([['one hundred and thirty-two fifths', 26.4]]);
  });

  it('keeps compound ordinals that name a point out and reads shares of a scale', () => {
    expect(figure('In the twenty-first century, on her twenty-fifth birthday, his thirty-first trip.').map((f) => [f[0], f[1]])).toEqual([['thirty-first', 31]]);
    expect(figure('Three-quarters of a million tickets and two-thirds of a billion coins.').map((f) => [f[0], f[1]])).toEqual([
      ['Three-quarters of a million', 750000],
      ['two-thirds of a billion', 666666666.6666666],
    ]);
    expect(figure('Some three million, two hundred & forty thousand bees.').map((f) => [f[0], f[1]])).toEqual([['Some three million, two hundred & forty thousand', 3240000]]);
  });

  it('reads ranks as the bounds of a range, not ranks that name a place', () => {
    expect(figure('The club placed between the ninth and the twelfth.').map((f) => [f[0], f[3]])).toEqual([['between the ninth and the twelfth', [9, 12]]]);
    expect(figure('Ortiz polled higher than the fourth but lower than the seventh.').map((f) => [f[0], f[3]])).toEqual([['higher than the fourth but lower than the seventh', [4, 7]]]);
    expect(figure('They met between the 3rd and the 6th of June on the ninth floor, better than the first.')).toEqual([]);
  });

  it('reads digits as a clock time only when they can be one', () => {
    expect(figure('The grain measured 3.141 pm at 4.15 pm, 7 am and 0600 GMT; 12 local teams joined at 9 local time.').map((f) => [f[0], f[1]])).toEqual([
      ['3.141', 3.141],
      ['12', 12],
    ]);
  });

  it('leaves codes, lists of figures and numbered names out', () => {
    expect(figure('Savers moved 403(b) funds under 501(c)(3) rules; pages 14,18,22,27 cover it.')).toEqual([]);
    expect(figure('Fans of Mariner 4 in the archive and of "Physics 210" met; Windows 11 is out; Liverpool 3, Leeds 1; Ohio has 17 seats.').map((f) => f[0])).toEqual(['3', '1', '17']);
  });

  it('marks no direction for things that rise, only for amounts of change', () => {
    expect(figure('The rise of 403(b) accounts and the rise of three parties followed a rise of 4% and the fall of 20 points.').map((f) => [f[0], f[4]])).toEqual([
      ['three', null],
      ['4%', 'up'],
      ['20', 'down'],
    ]);
  });
});

describe('numbers in news text (issue 14, political news read as an annotator would)', () => {
  it('leaves list numbers, bracketed citations and numbers after "#" out', () => {
    expect(figure('Five lessons.\n\n1. The party is split on 3 bills.\n\n2) Can the mayor win?\n\nHarbour fees rose. [12]\n\nThe ferry is #2 again.').map((f) => f[0])).toEqual(['Five', '3']);
  });

  it('reads "plus or minus", "+/-" and "±" as a margin, not a negative value, and a dash before a word as a bullet', () => {
    expect(figure('The margin is plus or minus 4.2 percentage points, +/-3 in towns and ±2.5 in villages.').map((f) => [f[0], f[1]])).toEqual([
      ['plus or minus 4.2 percentage points', 4.2],
      ['+/-3', 3],
      ['±2.5', 2.5],
    ]);
    expect(figure('-One survey gives Ortiz 12 points.').map((f) => [f[0], f[1]])).toEqual([['One', 1], ['12', 12]]);
  });

  it('keeps years out when no plural noun follows them, and spans of years out of ranges', () => {
    expect(figure('Any 2024 harbour candidates spoke at the Ferry Forum 2026 meeting; the levy was delayed from 2027 to 2029, between 2025 and 2028.')).toEqual([]);
    expect(figure('The port hired 2000 pilots and 2000 to 2500 dockers.').map((f) => [f[0], f[3]])).toEqual([['2000', null], ['2000 to 2500', [2000, 2500]]]);
  });

  it('marks no direction for money raised, and reads "nine of 10" as a share', () => {
    expect(figure('Ortiz raised about $40,000 in May; fares rose $2.').map((f) => [f[0], f[4]])).toEqual([['about $40,000', null], ['$2', 'up']]);
    expect(figure('More than eight of 10 pilots and two of three dockers agreed; 12 of 40 boats sank.').map((f) => [f[0], f[1], f[2]])).toEqual([
      ['More than eight of 10', 0.8, 'more-than'],
      ['two of three', 2 / 3, 'none'],
      ['12', 12, 'none'],
      ['40', 40, 'none'],
    ]);
  });

  it('leaves numbers that end a name out: "Group of 20", "Gang of Eight", "Fight for 15", bill numbers', () => {
    expect(figure('At the Group of 20 summit, the Gang of Eight and the Rise for 15 Movement met; HB 2207 and SB 41 passed; the Bank of 12 nations lent.').map((f) => f[0])).toEqual(['12']);
  });

  it('reads hedges written as "as long as", "not quite", "and older", and vague "hundreds of billions"', () => {
    expect(figure('Crews of five and up sail; pick the five and up to 20 percent stay.').map((f) => [f[0], f[2]])).toEqual([['five and up', 'at-least'], ['five', 'none'], ['up to 20 percent', 'up-to']]);
    expect(figure('Waits run as long as two years for not quite 13 cents; voters 65 and older, 18 or younger; hundreds of billions of dollars.').map((f) => [f[0], f[2]])).toEqual([
      ['as long as two', 'up-to'],
      ['not quite 13', 'nearly'],
      ['65 and older', 'at-least'],
      ['18 or younger', 'up-to'],
      ['hundreds of billions', 'vague'],
    ]);
  });

  it('leaves long ids, links without a scheme and titles with a time unit out', () => {
    expect(figure('Post id="718203946512093847" at pic.example.com/4kTz9 drew 40 replies.').map((f) => f[0])).toEqual(['40']);
    expect(figure('The film 24 Hours by Lind opens; 24 Hours runs long. Three Days After the Storm, Marlow Rebuilds').map((f) => f[0])).toEqual(['Three']);
  });

  it('marks no direction after "make up" or "pick up", and reads "seven-and-a-half", "under age 21", "fiscal year 2019"', () => {
    expect(figure('Pilots make up at least half; Ortiz will pick up 40; the search turned up 6 logs; fares were up 3%.').map((f) => [f[0], f[4]])).toEqual([['at least half', null], ['40', null], ['6', null], ['3%', 'up']]);
    expect(figure("Crews checked one another's logs; one boat sank and the other one drifted on a four-and-a-half-acre pond.").map((f) => [f[0], f[1]])).toEqual([['one', 1], ['four-and-a-half-acre', 4.5]]);
    expect(figure('After seven-and-a-half years, children under age 12 stayed under fiscal year 2019 levels; not a one-off.').map((f) => [f[0], f[1], f[2]])).toEqual([
      ['seven-and-a-half', 7.5, 'none'],
      ['under age 12', 12, 'up-to'],
    ]);
  });

  it('leaves spoken list markers, "Number Two", "World War Two", attribute values, addresses, style lengths, second days and hours out', () => {
    expect(figure('The plan has three parts. Two, dredge the port. Number Two, he said, since World War Two.').map((f) => f[0])).toEqual(['three']);
    expect(figure('<post stamp="1700000000">Ferry</post> at 1600 Harbour Avenue and 12 Quay St.; width:100%; margin:20px; talks on May 8 and 9 from 10-11 a.m. drew 40 pilots.').map((f) => f[0])).toEqual(['40']);
  });

  it('reads a larger figure first as a split, "one in 45" after "that", and no direction after "round up"', () => {
    expect(figure('Pilots back it by nearly 2-1, the vote was 34-27, with -40-0 in the hills and 10-15 boats.').map((f) => [f[0], f[3]])).toEqual([
      ['nearly 2-1', null],
      ['34-27', null],
      ['-40-0', [-40, 0]],
      ['10-15', [10, 15]],
    ]);
    expect(figure('The port reckons that one in 35 boats leak; it will round up 300 pilots.').map((f) => [f[0], Math.round((f[1] ?? 0) * 1000) / 1000, f[4]])).toEqual([['one in 35', 0.029, null], ['300', 300, null]]);
  });

  it('leaves list numbers on lines of their own or inside a sentence, short years and names with capitalised number words out', () => {
    expect(figure('Ten ferry facts.\n\n12\n\nThe port has two reasons: 1) it floods and 2) it silts; Ortiz (58) agrees.').map((f) => f[0])).toEqual(['Ten', 'two', '58']);
    expect(figure('Since ’08 and the 2006 and 2010 seasons, under Rule 40, the “Famous Five” remake and the Rise for Fifteen campaign drew 3 crews. Marlow Needs Two Ferries').map((f) => f[0])).toEqual(['3', 'Two']);
  });

  it('reads two scaled figures joined by "and" apart, a scale inside a compound, "-plus" as a floor and ordinals before superlatives as ranks', () => {
    expect(figure('Some 87 million and 85 million watched; a two-million-person list of 90-plus boats; the sixth richest pilot made his third trip.').map((f) => [f[0], f[1], f[2]])).toEqual([
      ['Some 87 million', 87e6, 'some'],
      ['85 million', 85e6, 'none'],
      ['two-million-person', 2e6, 'none'],
      ['90-plus', 90, 'at-least'],
      ['third', 3, 'none'],
    ]);
  });

  it('reads a split written with two percent signs, the larger first, as two shares', () => {
    expect(figure('Pilots back the plan 62%-32%, dockers 55.5%-41%; fares rose 30%-40%.').map((f) => [f[0], f[3]])).toEqual([
      ['62%', null],
      ['32%', null],
      ['55.5%', null],
      ['41%', null],
      ['30%-40%', [30, 40]],
    ]);
  });

  it('counts "one month", also opening a sentence, but not the pronoun "One" nor "one-time"', () => {
    expect(figure('One month after the vote, the ferry ran for one year. One is enough. His one-time rival left one day.').map((f) => [f[0], f[1]])).toEqual([['One', 1], ['one', 1]]);
  });
});

describe('loaded language in the reporter\'s own voice', () => {
  const loaded = (text: string) =>
    analyzeText(text)
      .spans.filter((s) => s.kind === 'framing' && (['loaded-verb', 'emotive-adjective', 'vivid-imagery'].includes(s.device) || s.reason.startsWith('Loaded label')))
      .map((s) => s.text);

  it('proposes loaded verbs, loaded labels, "so-called" and intensifiers, each with its reason', () => {
    const text = 'The mayor slammed the so-called reform, and the regime hit out at a staggering rise in a radical move.';
    expect(loaded(text)).toEqual(['slammed', 'so-called', 'regime', 'hit out at', 'staggering', 'radical']);
    for (const s of analyzeText(text).spans) if (s.kind === 'framing') expect(s.reason).toMatch(new RegExp(`"${s.text}": \\S`, 'u'));
  });

  it('leaves the words of a direct quotation to their speaker', () => {
    expect(loaded('"This is a brutal, shocking betrayal of the town," said one resident.')).toEqual([]);
    expect(loaded('One resident called it a brutal betrayal.')).toEqual(['brutal']);
  });

  it('does not flag neutral uses: weather, a pension scheme, a storm as a noun', () => {
    expect(loaded('Rain lashed the coast as the pension scheme closed before a storm.')).toEqual([]);
  });

  it('proposes words that judge a claim, a manner, spending or a motive', () => {
    const text = 'The senator touted a controversial and baseless plan, dodged questions about a lavish trip and mocked his rivals.';
    expect(loaded(text)).toEqual(['touted', 'controversial', 'baseless', 'dodged', 'lavish', 'mocked']);
    expect(loaded("The strongman's divisive rhetoric drew a blistering reply from xenophobic hardliners.")).toEqual(["strongman's", 'divisive', 'rhetoric', 'blistering', 'xenophobic', 'hardliners']);
  });

  it('proposes vivid images and euphemisms with what they do', () => {
    const text = 'A flood of complaints followed what the army described as collateral damage, and the border is a powder keg.';
    const found = analyzeText(text).spans.flatMap((s) => (s.kind === 'framing' ? [[s.text, s.device]] : []));
    expect(found).toEqual([
      ['flood of', 'vivid-imagery'],
      ['collateral damage', 'euphemism'],
      ['powder keg', 'vivid-imagery'],
    ]);
    const reason = analyzeText(text).spans.find((s) => s.kind === 'framing' && s.text === 'collateral damage');
    expect(reason?.kind === 'framing' && reason.reason).toMatch(/mild term for harm to bystanders/u);
  });

  it("does not flag literal uses of a flood, handouts, a fire out of control or the storm's eye", () => {
    expect(loaded("The flood reached the town, the printed handouts ran out and the fire burned out of control as the storm's eye passed.")).toEqual([]);
  });

  it('proposes vivid verbs of criticism, words of tone and result, and dismissive labels (twenty-sixth round)', () => {
    expect(loaded('The governor was blasting the council and railing against a self-styled watchdog, while aides trumpeted a heroic rescue.')).toEqual(['blasting', 'railing against', 'self-styled', 'trumpeted', 'heroic']);
    expect(loaded('After a humiliating defeat and dismal turnout, the senator chided reporters and waved away the kerfuffle as bickering.')).toEqual(['humiliating', 'dismal', 'chided', 'kerfuffle', 'bickering']);
    const labelled = analyzeText('The candidate vowed to deport illegal aliens and mocked his rival as a demagogue.').spans.flatMap((s) => (s.kind === 'framing' ? [`${s.text} (${s.device})`] : []));
    expect(labelled).toEqual(['illegal aliens (label)', 'mocked (loaded-verb)', 'demagogue (label)']);
  });

  it('leaves the twenty-sixth round\'s words to the speaker inside a direct quotation', () => {
    expect(loaded('"He is slamming a heroic effort with this bizarre tirade about illegal aliens," said one councillor.')).toEqual([]);
  });

  it('keeps labels, scare quotes and agentless passives as their own devices', () => {
    const devices = analyzeText('Two homes were destroyed after the militant group called the plan "theft".').spans.flatMap((s) => (s.kind === 'framing' ? [[s.text, s.device]] : []));
    expect(devices).toEqual([
      ['were destroyed', 'agentless-passive'],
      ['the militant group', 'label'],
      ['"theft"', 'scare-quotes'],
    ]);
  });
});

describe('the PolNeAR scorer trims spans', () => {
  it('trims white space and punctuation off both ends', () => {
    const text = ' “said:” ';
    expect(trimSpan(text, 0, text.length)).toEqual({ start: 2, end: 6 });
    expect(trimSpan(' , ', 0, 3)).toBeNull();
  });
});

describe('words that look like cues but report nothing', () => {
  it('reads "think tank" as a noun, not a verb of thought', () => {
    expect(pairs('Brandt, who runs a harbour think tank, left early.').map((p) => p.split(' <- ')[0])).not.toContain('think');
    expect(pairs('Skippers think the pier is unsafe.')).toEqual(['think <- Skippers']);
  });

  it('reads a form after a possessive as a noun ("Ortiz’s support fell"), but keeps a nominal report ("Ortiz’s claim that")', () => {
    expect(pairs('In the harbour poll, Ortiz’s support fell to 40 percent.').map((p) => p.split(' <- ')[0])).not.toContain('support');
    expect(pairs('Brandt’s support grew after the storm.')).toEqual([]);
    expect(pairs('The paper checked Ortiz’s claim that the pier was safe.').map((p) => p.split(' <- ')[0])).toContain('claim');
    expect(pairs('Ortiz supports the ferry plan.')).toEqual(['supports <- Ortiz']);
    expect(pairs('Brandt’s push for a new pier failed. The harbour’s decline worried no one.')).toEqual([]);
    expect(pairs('It is anyone’s guess whether the pier will hold.').map((p) => p.split(' <- ')[0])).toContain('guess');
  });

  it('reads a cue in what someone told a recipient as nested ("told the paper that she believed")', () => {
    expect(pairs('Ortiz told the paper that she believed the pier was safe.')).toEqual(['told <- Ortiz']);
    expect(pairs('Ortiz told me they believed the pier was safe.')).toEqual(['told <- Ortiz']);
    expect(pairs('Ortiz told the paper, and Brandt believed the pier was safe.').map((p) => p.split(' <- ')[0])).toContain('believed');
  });

  it('reads a cue after "reported that" as nested even with a named source, when no punctuation comes between', () => {
    expect(pairs('The paper reported that after the storm the mayor proposed a new pier.')).toEqual(['reported <- The paper']);
    expect(pairs('The paper reported that the pier was shut; the mayor proposed a new one.').map((p) => p.split(' <- ')[0])).toContain('proposed');
  });

  it('reads a cue inside the question after "asked … if/whether" as nested', () => {
    expect(pairs('Ortiz asked skippers if they planned to sail.')).toEqual(['asked <- Ortiz']);
    expect(pairs('Asked whether she believed the pier was safe, Ortiz said no.').map((p) => p.split(' <- ')[0])).toEqual(['Asked', 'said']);
    expect(pairs('Ortiz asked if the pier was open, and Brandt said it was.')).toEqual(['asked <- Ortiz', 'said <- Brandt']);
  });

  it('reads a question put to the reader as no report ("Do you support Ortiz?")', () => {
    expect(pairs('Do you support Ana Ortiz? Like the page.')).toEqual([]);
    expect(pairs('Would you say the pier is safe?')).toEqual([]);
    expect(pairs('You say the pier is safe.')).toEqual(['say <- You']);
  });

  it('reads what someone ought to do as no report ("skippers should consider…"), but keeps "should know"', () => {
    expect(pairs('Brandt said skippers should consider other routes.')).toEqual(['said <- Brandt']);
    expect(pairs('Ortiz should have said it earlier.')).toEqual([]);
    expect(pairs('Voters should know what the audit found.').map((p) => p.split(' <- ')[0])).toContain('should know');
  });

  it('reads "consider" and "identify" as cues only with an auxiliary, and "intended" as none', () => {
    expect(pairs('The skippers lost what they consider a haven.')).toEqual([]);
    expect(pairs('Members sail with the crew they identify with.')).toEqual([]);
    expect(pairs('Most skippers would consider it a bad plan.')).toEqual(['would consider <- Most skippers']);
    expect(pairs('Ortiz did not identify the pier.')).toEqual(['did not identify <- Ortiz']);
    expect(pairs('The council passed rules intended to protect the pier.')).toEqual([]);
  });

  it('reads "want" with nothing wanted after it as no cue ("whichever school they want, …")', () => {
    expect(pairs('Parents can pick whichever school they want, including private ones.')).toEqual([]);
    expect(pairs('The skippers got what they wanted.')).toEqual([]);
    expect(pairs('The bill did what skippers wanted: it cut the fees.')).toEqual(['wanted <- skippers']);
    expect(pairs('Ortiz wants a new pier.')).toEqual(['wants <- Ortiz']);
  });

  it('reads verbs of apology, disavowal, protest, emphasis and confidence as cues, and "offered", "agreed" with an object', () => {
    expect(pairs('Ortiz apologized for the delay.')).toEqual(['apologized for <- Ortiz']);
    expect(pairs('The mayor disavowed the flyer.')).toEqual(['disavowed <- The mayor']);
    expect(pairs('The union protested the new rota.')).toEqual(['protested <- The union']);
    expect(pairs('Brandt underscored the risk to the pier.')).toEqual(['underscored <- Brandt']);
    expect(pairs('Reyes confided that he was tired.')).toEqual(['confided <- Reyes']);
    expect(pairs('The board commended the crew.')).toEqual(['commended <- The board']);
    expect(pairs('Ortiz offered few details about the plan.')).toEqual(['offered <- Ortiz']);
    expect(pairs('The council agreed the pier was unsafe.')).toEqual(['agreed <- The council']);
  });

  it('reads verbs of reproach, complaint and vouching as cues ("belittled", "castigated", "vouched for")', () => {
    expect(pairs('Ortiz belittled the plan.')).toEqual(['belittled <- Ortiz']);
    expect(pairs('The council castigated the ferry company.')).toEqual(['castigated <- The council']);
    expect(pairs('Brandt vouched for the skipper.')).toEqual(['vouched for <- Brandt']);
    expect(pairs('Reyes groused about the fares.')).toEqual(['groused about <- Reyes']);
  });

  it('reads phrasal verbs of speech and stance as cues with their particle ("laid out", "fired back at"), not without it', () => {
    expect(pairs('Ortiz laid out a plan for the pier.')).toEqual(['laid out <- Ortiz']);
    expect(pairs('Brandt fired back at the mayor.')).toEqual(['fired back at <- Brandt']);
    expect(pairs('The mayor weighed in on the dispute.')).toEqual(['weighed in on <- The mayor']);
    expect(pairs('Ortiz took aim at the ferry company.')).toEqual(['took aim at <- Ortiz']);
    expect(pairs('Reyes brushed aside the warning.')).toEqual(['brushed aside <- Reyes']);
    expect(pairs('Brandt came out against the plan.')).toEqual(['came out against <- Brandt']);
    expect(pairs('Reyes took the ferry home.')).toEqual([]);
    expect(pairs('Prices came down in May.')).toEqual([]);
    expect(pairs('The skipper fired a flare.')).toEqual([]);
  });

  it('reads more phrasal verbs of stance with their particle, and the bare verbs not (twenty-first round)', () => {
    const cases: Array<[string, string[]]> = [
      ['The court struck down the harbour fee.', ['struck down <- The court']],
      ['Reyes teased out a new plan for the pier.', ['teased out <- Reyes']],
      ['The mayor hinted at a fare rise.', ['hinted at <- The mayor']],
      ['The skipper opened up about the storm.', ['opened up about <- The skipper']],
      ['Ortiz and Brandt sparred over the ferry fares.', ['sparred over <- Ortiz and Brandt']],
      ['The governor took credit for the new bridge.', ['took credit for <- The governor']],
      ['The council balked at the cost of the pier.', ['balked at <- The council']],
      ['Reyes touched on the budget.', ['touched on <- Reyes']],
      ['Brandt zeroed in on the harbour fees.', ['zeroed in on <- Brandt']],
      ['The union pressed for a raise.', ['pressed for <- The union']],
      ['Ortiz stood by her remarks.', ['stood by <- Ortiz']],
      ['Brandt distanced himself from the plan.', ['distanced himself from <- Brandt']],
      ['Her rivals pounced on the gaffe.', ['pounced on <- Her rivals']],
      ['The storm struck the pier.', []],
      ['Ortiz opened the new pier.', []],
      ['The skipper pressed the button.', []],
    ];
    for (const [text, expected] of cases) expect(pairs(text), text).toEqual(expected);
  });

  it('reads verbs of thought and stance with their preposition, and the bare verbs not (thirty-first round)', () => {
    const cases: Array<[string, string[]]> = [
      ['Reyes reflected on the long winter at the harbour.', ['reflected on <- Reyes']],
      ['The mayor has dwelt on the cost of the pier.', ['has dwelt on <- The mayor']],
      ['The pilots acquiesced to the new fares.', ['acquiesced to <- The pilots']],
      ['Brandt fixates on the tide tables.', ['fixates on <- Brandt']],
      ['She turned against the harbour levy.', ['turned against <- She']],
      ['Ortiz turned her back on the ferry union.', ['turned her back on <- Ortiz']],
      ['The water reflected the lights of the pier.', []],
      ['The skipper turned the boat toward the pier.', []],
      ['The tide turned on Tuesday.', []],
    ];
    for (const [text, expected] of cases) expect(pairs(text), text).toEqual(expected);
  });

  it('reads a stance noun after "be" with "of" as a cue after a pronoun or a name (thirty-first round)', () => {
    const cases: Array<[string, string[]]> = [
      ['Ortiz is a vocal critic of the harbour levy.', ['is a vocal critic of <- Ortiz']],
      ['She has long been a supporter of the night ferry.', ['has long been a supporter of <- She']],
      ['They remain staunch opponents of the toll.', ['remain staunch opponents of <- They']],
      ['The pilots are supporters of the toll.', []],
      ['Ortiz is disliked by supporters of the levy.', []],
      ['Reyes is a member of the harbour board.', []],
    ];
    for (const [text, expected] of cases) expect(pairs(text), text).toEqual(expected);
  });

  it('reads "say" set off by commas as an example and "believe me" as a plea', () => {
    expect(pairs('A ferry costs less than, say, a new bridge.')).toEqual([]);
    expect(pairs('The crossing was rough, believe me. Believe me, the pier will hold.')).toEqual([]);
    expect(pairs('Skippers say the pier is unsafe.')).toEqual(['say <- Skippers']);
    expect(pairs('Brandt believes the pier will hold.')).toEqual(['believes <- Brandt']);
  });
});

describe('cue edges as annotators mark them', () => {
  it('reads a cue after a verb that is also a noun, and a phrase cue before a closing cue, as nested (nineteenth round)', () => {
    expect(pairs('A new poll shows voters believe the mayor.')).toEqual(['shows <- A new poll']);
    expect(pairs('The pier was unsafe, according to the mayor, the report said.')).toEqual(['said <- the report']);
    // Not a phrase cue right after its own source, the object of the outer cue.
    expect(pairs('The paper quoted the mayor as saying that the pier was unsafe.')).toEqual(['quoted <- The paper', 'as saying <- the mayor']);
  });

  it('reads a verb inside what "according to" attributes as nested, before or after the phrase', () => {
    expect(pairs('According to the harbour log, Reyes said the ferry left late.')).toEqual(['According to <- the harbour log']);
    expect(pairs('Brandt told the crew to stay ashore, according to two pilots.')).toEqual(['according to <- two pilots']);
    // A clause of its own holds the phrase, a thought stays, and so does an inverted cue.
    expect(pairs('Reyes reported that, according to the log, the ferry left late.').map((p) => p.split(' <- ')[0])).toEqual(['reported', 'according to']);
    expect(pairs('Pilots fear the pier will give way, according to a survey of the crews.').map((p) => p.split(' <- ')[0])).toEqual(['fear', 'according to']);
  });

  it('keeps the feeling right after "expressed" in the cue ("expressed concern that")', () => {
    expect(pairs('Brandt expressed concern that the pier was unsafe.')).toEqual(['expressed concern <- Brandt']);
    expect(pairs('Ortiz expressed his support for Brandt.')).toEqual(['expressed <- Ortiz']);
  });

  it('keeps the platform after "wrote" and "posted" ("wrote on Twitter"), not after "said"', () => {
    expect(pairs('“The pier is safe,” Ortiz wrote on Twitter.')).toEqual(['wrote on Twitter <- Ortiz']);
    expect(pairs('The church posted on Facebook that the pier was closed.')).toEqual(['posted on Facebook <- The church']);
    expect(pairs('Ortiz said on Twitter that the pier was safe.')).toEqual(['said <- Ortiz']);
  });
});

describe('outermost attribution, seventh round (issue 14, PolNeAR train and dev)', () => {
  it('reads a cue in a short quotation after another cue of its sentence as the speaker\'s wording, nested', () => {
    expect(pairs('Ortiz said she was “encouraged” by the vote.')).toEqual(['said <- Ortiz']);
    expect(pairs('The pilots said they would “strongly oppose” the plan.')).toEqual(['said <- The pilots']);
  });

  it('reads the cue of a relative clause kept in a source as part of that source', () => {
    expect(pairs('“We won,” said Tom Reyes, a pilot who supports the mayor.')).toEqual(['said <- Tom Reyes, a pilot who supports the mayor']);
    expect(pairs('The ferry will run late, said Tom Reyes, a pilot who has criticized the mayor.')).toEqual(['said <- Tom Reyes, a pilot who has criticized the mayor']);
  });

  it('reads a cue set off by commas inside its sentence as reporting the rest of it (not after ", though")', () => {
    expect(pairs('The pier, Ortiz said, was closed because the pilots wanted a new one.')).toEqual(['said <- Ortiz']);
    expect(pairs('Last spring, she said, she realized that the ferry was too slow.')).toEqual(['said <- she']);
    expect(pairs('The pier was closed, Ortiz said, though she cautioned that the pilots feared a storm.')).toEqual(['said <- Ortiz', 'cautioned <- she']);
  });

  it('reads a cue after a colon that follows a cue as nested, unless its subject opens the part after the colon', () => {
    expect(pairs('The survey showed how weak the mayor is: 42 percent of the pilots say they distrust her.')).toEqual(['showed <- The survey']);
    expect(pairs('The survey showed how weak the mayor is: Tom Reyes called her plan a disaster.')).toEqual(['showed <- The survey', 'called <- Tom Reyes']);
  });

  it('reads a participle after "since" or "by" in the clause a verb of saying reports as nested', () => {
    expect(pairs('The ferry company said it halted all trips since announcing the sale.')).toEqual(['said <- The ferry company']);
  });

  it('reads a bare verb after "and" in the clause a cue reports as going on with its modal, nested (not a past form)', () => {
    expect(pairs('Reyes says he would sit the mayor down and tell her the pier is unsafe.')).toEqual(['says <- Reyes']);
    expect(pairs('The pilots said they would fix the pier and support the ferry plan.')).toEqual(['said <- The pilots']);
    expect(pairs('Reyes said the pier was unsafe and called for a new one.')).toEqual(['said <- Reyes', 'called for <- Reyes']);
  });

  it('reads "said" before ", adding" as closing what it reports', () => {
    expect(pairs('The pilots did not complain when the town raised fares, a pilot said, adding that the ferry was late.')).toEqual(['said <- a pilot', 'adding <- a pilot']);
  });

  it('reads a cue whose source came before it as reporting what follows, even after a comma that looked like an inversion', () => {
    expect(pairs('Several pilots, including Reyes, said the mayor believes the pier is safe.')).toEqual(['said <- Several pilots, including Reyes']);
  });

  it('reads "say" whose source is not found as reporting what follows, but not in a relative clause', () => {
    expect(pairs('Ana May, 60, a nurse, said she was thrilled yet still feared the flood.').map((p) => p.split(' <- ')[0])).toEqual(['said']);
    expect(pairs('Those who said the pier was safe supported the mayor.')).toEqual(['said <- -', 'supported <- Those']);
  });
});

describe('cue false alarms, eighth round (issue 14, PolNeAR train and dev)', () => {
  it('reads an infinitive split by an adverb as no report ("to openly criticize")', () => {
    expect(pairs('The mayor was the first official to openly criticize the ferry plan.')).toEqual([]);
    // "It seems" is a hedge cue of its own (nineteenth round); "to simply tell" still reports nothing.
    expect(pairs('It seems harsh to simply order the pilots home.')).toEqual(['seems <- -']);
  });

  it('reads a question with "we", "they" or "I" after its auxiliary as no report', () => {
    expect(pairs('Would they prefer a new pier?')).toEqual([]);
    expect(pairs('When will we learn?')).toEqual([]);
    expect(pairs('They would prefer a new pier.')).toEqual(['would prefer <- They']);
  });

  it('reads a verb of stance or offer with no source found as no report ("ones offered by private marinas")', () => {
    expect(pairs('Skippers may pick any berth, including ones offered by private marinas.')).toEqual([]);
    expect(pairs('The pilots were only leaning toward Reyes, or simply opposed to the mayor.')).toEqual([]);
    expect(pairs('The mayor strongly opposed the plan.')).toEqual(['strongly opposed <- The mayor']);
  });

  it('reads a decision after a modal as still to come, no report ("the pilots will decide")', () => {
    expect(pairs('From here on, the pilots will decide who runs the pier.')).toEqual([]);
    expect(pairs('Reyes must decide what price he will pay.')).toEqual([]);
    expect(pairs('The pilots decided the pier was unsafe.')).toEqual(['decided <- The pilots']);
  });
});

describe('missed cues with a known word, ninth round (issue 14, PolNeAR train and dev)', () => {
  it('reads an active "thought" after its thinker as a cue, not the noun ("he thought the pier was safe")', () => {
    expect(pairs('Back then he thought the pier was safe.')).toEqual(['thought <- he']);
    expect(pairs('The pier was thought to be safe.')).toEqual(['was thought <- -']);
    expect(pairs('After much thought, the pilots left.')).toEqual([]);
    expect(pairs('It is a school of economic thought that few pilots share.')).toEqual([]);
  });

  it('reads a bare verb after a plural common noun as a cue when what it reports follows ("local pilots fear that…")', () => {
    expect(pairs('Local pilots fear that the pier will close.')).toEqual(['fear <- Local pilots']);
    expect(pairs('Some harbour officials hope the ferry returns soon.')).toEqual(['hope <- Some harbour officials']);
    expect(pairs('Many skippers point to the storm.')).toEqual(['point to <- Many skippers']);
    expect(pairs('The pilots fear for their jobs.')).toEqual([]);
    expect(pairs('The town relies on local support to keep the pier.')).toEqual([]);
    expect(pairs('Both harbour reports offer a glimpse of the storm.')).toEqual([]);
  });

  it('reads a participle opening its sentence, or after "but", right before "that" as a cue ("Noting that…")', () => {
    expect(pairs('Noting that the pier was closed, Ortiz said the ferry would stop.')).toEqual(['Noting <- Ortiz', 'said <- Ortiz']);
    expect(pairs('The pilots praised the mayor but warning that the pier was unsafe.')).toEqual(['praised <- The pilots', 'warning <- The pilots']);
    expect(pairs('Sailing that boat was hard.')).toEqual([]);
  });

  it('keeps "since" between an auxiliary and its verb in the cue ("has since said")', () => {
    expect(pairs('Ortiz has since said that the pier was safe.')).toEqual(['has since said <- Ortiz']);
    expect(pairs('The pilots have since denied the plan.')).toEqual(['have since denied <- The pilots']);
  });

  it('keeps a capitalised adverb before its verb in a Title-Case headline ("Now Says")', () => {
    expect(pairs('Mayor Ortiz Now Says Her Plan For The Pier Failed')).toEqual(['Now Says <- Mayor Ortiz']);
  });

  it('reads a noun-like form before "to" after a pronoun, a relative pronoun or a name as a verb ("Ortiz vows to")', () => {
    expect(pairs('At every stop, Ortiz vows to rebuild the pier.')).toEqual(['vows <- Ortiz']);
    expect(pairs('There are pilots who claim to know the mayor.')).toEqual(['claim <- who']);
    expect(pairs('The pilots sent their reports to the harbour office.')).toEqual([]);
  });

  it('reads a negated cue before "any" or "much" as a report ("did not mention any pilot")', () => {
    expect(pairs('Ortiz did not mention any pilot by name.')).toEqual(['did not mention <- Ortiz']);
    expect(pairs('The pilots have not said much since the storm.')).toEqual(['have not said <- The pilots']);
  });

  it('reads "hoping" or "expecting" right after the noun that hopes as a cue ("pilots expecting a quick repair")', () => {
    expect(pairs('Pilots expecting a quick repair were let down.')).toEqual(['expecting <- Pilots']);
    expect(pairs('The ferry kept hoping.')).toEqual([]);
  });

  it('reads "showing" right after a poll as a cue with the poll as source ("two new polls showing")', () => {
    expect(pairs('With two new polls showing the mayor ahead, the pilots gave up.')).toEqual(['showing <- two new polls']);
    expect(pairs('The pilots read harbour data showing that the mayor led.')).toEqual([]);
  });

  it('reads active "understood" and "projected" before what they report as cues (were passive only)', () => {
    expect(pairs('The pilots understood that the pier was unsafe.')).toEqual(['understood <- The pilots']);
    expect(pairs('The harbour board projected that the fares would rise.')).toEqual(['projected <- The harbour board']);
    expect(pairs('The fare rise projected over the decade is large.')).toEqual([]);
  });
});

describe('sources of proposed cues, tenth round (issue 14, PolNeAR train and dev)', () => {
  it('keeps an adverb in -ly and a count with "of" in a source named after its cue ("according to a yearly poll")', () => {
    expect(pairs('Most pilots trust the mayor, according to a yearly harbour poll.')).toEqual(['according to <- a yearly harbour poll']);
    expect(pairs('The pier was shut, according to a newly leaked memo.')).toEqual(['according to <- a newly leaked memo']);
    expect(pairs('The mayor backs the new pier, according to one of the ferry captains.')).toEqual(['according to <- one of the ferry captains']);
  });

  it('reads a pronoun after "according to" as its source, with what describes it', () => {
    expect(pairs('The pier cost more, according to him.')).toEqual(['according to <- him']);
    expect(pairs('The pier cost more, according to someone on the harbour board.')).toEqual(['according to <- someone on the harbour board']);
  });
});

describe('cues rejected by a guard, eleventh round (issue 14, PolNeAR train and dev)', () => {
  it('reads "found" right after a document or a body of evidence as a cue, whatever follows ("The harbour survey found")', () => {
    expect(pairs('The harbour survey found 40 percent of the pilots unhappy.')).toEqual(['found <- The harbour survey']);
    expect(pairs('The pilots found the pier closed.')).toEqual([]);
    expect(pairs('The full report can be found on the harbour website.')).toEqual([]);
  });

  it('keeps "no secret of", "no mention of" and "no apologies for" after "make" as its particle ("has made no secret of")', () => {
    expect(pairs('Ortiz has made no secret of her plans for the pier.')).toEqual(['has made no secret of <- Ortiz']);
    expect(pairs('The harbour master made no mention of the storm.')).toEqual(['made no mention of <- The harbour master']);
    expect(pairs('The pilots make no apologies for the strike.')).toEqual(['make no apologies for <- The pilots']);
    expect(pairs('The pilots made no money from the ferry.')).toEqual([]);
  });

  it('reads a cue verb after "went on to" or "goes on to" with those words in the cue ("went on to criticize")', () => {
    expect(pairs('After the vote, Ortiz went on to criticize the harbour board.')).toEqual(['went on to criticize <- Ortiz']);
    expect(pairs('In the letter, Reyes goes on to explain why the pier failed.')).toEqual(['goes on to explain <- Reyes']);
    expect(pairs('The ferry went on to Marlow.')).toEqual([]);
  });

  it('reads a cue verb after "continued to" or "continues to" with those words in the cue ("continued to question")', () => {
    expect(pairs('After the storm, Ortiz continued to question the harbour board.')).toEqual(['continued to question <- Ortiz']);
    expect(pairs('Reyes continues to insist that the pier is safe.')).toEqual(['continues to insist <- Reyes']);
    expect(pairs('The pilots met on Monday to continue to discuss the fares.')).toEqual([]);
  });
});

describe('false sources, twelfth round (issue 14, PolNeAR train and dev)', () => {
  it('reads a capitalised participle opening the sentence as an introduction, not a name described after the comma', () => {
    expect(pairs('The pier was shut. Citing local harbour pilots, the Marlow Herald reports that the ferry is late.')).toEqual(['Citing <- -', 'reports <- the Marlow Herald']);
    expect(pairs('The pilots were angry. Led by the harbour master Ana Ortiz, the march condemned the plan.')).toEqual(['condemned <- the march']);
    expect(pairs('Rising Tide Partners, a talent agency, says the fares are too high.')).toEqual(['says <- Rising Tide Partners, a talent agency']);
  });

  it('skips a capitalised adverb set off by a comma when it looks for the subject a later verb shares', () => {
    expect(pairs('The pier stayed shut. Ultimately, the mayor sold the ferry and declined to reopen the pier.')).toEqual(['declined <- the mayor']);
  });

  it('leaves a capitalised adverb in -ly before the verb of a Title-Case headline out of the source', () => {
    expect(pairs('Ortiz Finally Praises Reyes For Harbour Work.\n\nThe pilots met on Monday.')).toEqual(['Finally Praises <- Ortiz']);
    expect(pairs('Tom Reyes Warmly Welcomed The Ferry Plan\n\nThe pilots met on Monday.')).toEqual(['Welcomed <- Tom Reyes']);
  });

  it('ends a source before "at the time" (when, not who)', () => {
    expect(pairs('The pier was shut. Ortiz at the time argued that the ferry would run.')).toEqual(['argued <- Ortiz']);
  });

  it('keeps a quoted title after "author of", a word for a work or a possessive in a source named after its cue', () => {
    expect(pairs('“The pier is doomed,” said Ana Ortiz, the author of “The Quiet Harbour,” a book about the port.')).toEqual(['said <- Ana Ortiz, the author of “The Quiet Harbour,” a book about the port']);
    expect(pairs('The pier was built in 1901, according to her memoir “Harbour Days.”')).toEqual(['according to <- her memoir “Harbour Days.”']);
  });

  it('reads past "twice" or "sometimes" after an auxiliary, and takes no lone adverb for a source', () => {
    expect(pairs('The pilots have twice protested the fares.')).toEqual(['protested <- The pilots']);
    expect(pairs('The pilots have in particular warned about the cracks.')).toEqual(['warned about <- -']);
  });

  it('reads the last item of a list with a serial comma inside an apposition as part of it, not as an aside', () => {
    expect(pairs('“The steps are small but right,” Ana Ortiz, director of the office for ports, ferries, and harbours, said on Monday.')).toEqual(['said <- Ana Ortiz, director of the office for ports, ferries, and harbours']);
  });

  it('keeps a pronoun of quantity with what limits it before the cue ("All but three pilots", "Nobody outside the crew")', () => {
    expect(pairs('The vote was close. All but three pilots said the pier was safe.')).toEqual(['said <- All but three pilots']);
    expect(pairs('Nobody outside the ferry crew believed the rumour.')).toEqual(['believed <- Nobody outside the ferry crew']);
    expect(pairs('The pilots met. Those near the mayor admit that the pier is unsafe.')).toEqual(['admit <- Those near the mayor']);
  });

  it('leaves "perhaps" or "maybe" opening the phrase out of the source', () => {
    expect(pairs('The fares are high. Perhaps older skippers believe the ferry is safer.')).toEqual(['believe <- older skippers']);
  });
});

describe('false cues, thirteenth round (issue 14, PolNeAR train and dev)', () => {
  it('reads a capitalised modal before a form that is not the bare verb as a name, not part of the cue ("Jo May announced")', () => {
    expect(pairs('“The pier is lost,” Dana Will argued.').map((p) => p.split(' <- ')[0])).toEqual(['argued']);
    expect(pairs('Deputy Mayor Jo May announced on Monday that the ferry would run.').map((p) => p.split(' <- ')[0])).toEqual(['announced']);
    expect(pairs('Marlow Pilots Will Ask For A Vote On The Pier.').map((p) => p.split(' <- ')[0])).toEqual(['Will Ask For']);
  });

  it('keeps a manner after "with" that closes the sentence in the cue of "said" ("said with a shrug.")', () => {
    expect(pairs('“It is over,” Ortiz said with a shrug.')).toEqual(['said with a shrug <- Ortiz']);
    expect(pairs('“No,” she said with relief.')).toEqual(['said with relief <- she']);
    expect(pairs('She said with the mayor beside her that the pier was safe.')).toEqual(['said <- She']);
  });

  it('keeps "responded by" or "concluded by" before a participle of speech in the cue ("responded by saying")', () => {
    // "responded" stays a cue of its own too, as annotators sometimes mark it alone (as with "seemed" and "seemed to").
    expect(pairs('The harbour board responded by saying the pier was safe.')).toContain('responded by saying <- The harbour board');
    expect(pairs('Reyes concluded by noting that the fares would rise.')).toContain('concluded by noting <- Reyes');
    expect(pairs('Reyes began by thanking the pilots.')).toEqual(['thanking <- Reyes']);
    expect(pairs('Reyes followed up by asking about the fares.')).toEqual(['followed up by asking about <- Reyes']);
    expect(pairs('Ortiz started off by stressing the cost of the pier.')).toEqual(['started off by stressing <- Ortiz']);
  });

  it('reads "may want to" and "might want to" as advice, not a want reported', () => {
    expect(pairs('The harbour board may want to rethink its fares.')).toEqual([]);
    expect(pairs('Ortiz might want to reread the tide tables.')).toEqual([]);
    expect(pairs('The pilots may not want to pay for the pier.')).toEqual(['may not want <- The pilots']);
  });

  it('reads a capitalised bare form after a capitalised word in running text as the end of a name ("the Harbour Ferry Express")', () => {
    expect(pairs('The pilots met at the Harbour Ferry Express before the vote.')).toEqual([]);
    expect(pairs('Savers can now join the Marlow Savings Plan at any bank.')).toEqual([]);
    expect(pairs('Marlow Pilots Want Answers On The Pier.')).toEqual(['Want <- Marlow Pilots']);
  });

  it('keeps the preposition that links the feeling of "expressed" to its object in the cue ("expressed concern about")', () => {
    expect(pairs('Pilots expressed concern about the new fares.')).toEqual(['expressed concern about <- Pilots']);
    expect(pairs('The union has expressed support for the mayor.')).toEqual(['has expressed support for <- The union']);
    expect(pairs('Ortiz expressed confidence that the pier would hold.')).toEqual(['expressed confidence <- Ortiz']);
  });

  it('reads no cue in a view named after "what" inside another clause ("what they saw as a snub")', () => {
    expect(pairs('The pilots were upset by what they saw as a snub from the board.')).toEqual([]);
    expect(pairs('Ortiz cut what many skippers view as a tax.')).toEqual([]);
    expect(pairs('Many skippers view the fare as a tax.')).toEqual(['view <- Many skippers']);
  });

  it('reads no cue in a thought named after "what" inside another clause ("what they want")', () => {
    expect(pairs('The board never gave the pilots what they wanted from the deal.')).toEqual([]);
    expect(pairs('The fares rose despite what many skippers believe about the tides.')).toEqual([]);
    expect(pairs('Many skippers believe the tides are changing.')).toEqual(['believe <- Many skippers']);
  });

  it('reads no cue in "allegedly" or "reportedly" after a preposition ("fined for allegedly dumping")', () => {
    expect(pairs('The skipper was fined for allegedly dumping fuel in the harbour.')).toEqual([]);
    expect(pairs('The skipper allegedly dumped fuel in the harbour.')).toEqual(['allegedly <- -']);
  });

  it('keeps a gesture joined to "said" by "and" in the cue ("chuckled and said")', () => {
    expect(pairs('Asked about the fares, Ortiz chuckled and said the pier was fine.')).toContain('chuckled and said <- Ortiz');
    expect(pairs('Ortiz waited and said the pier was fine.')).toEqual(['said <- Ortiz']);
  });
});

describe('weak ways to a source, fourteenth round (issue 14, PolNeAR train and dev)', () => {
  it('gives a cue after "and" or "by" no source when the subject it would share lies fifteen words or more before it', () => {
    expect(pairs('The mayor spent most of the long meeting on Tuesday going through the costs of the new ferry line with the pilots and promised a vote in May.')).toEqual(['promised <- -']);
    expect(pairs('The union opened its campaign on Monday with a long march through the flooded streets of the old harbour town by accusing the mayor of neglect.')).toEqual(['accusing <- -']);
    expect(pairs('The mayor spent the meeting with the pilots and promised a vote in May.')).toEqual(['promised <- The mayor']);
  });

  it('gives a cue after "and" no source when the subject it would share is "it"', () => {
    expect(pairs('It might have been easier for the council to wait and promise a vote.')).toEqual(['promise <- -']);
  });

  it('reads an opening introduction on through a town and its abbreviated state to the subject a later verb shares', () => {
    expect(pairs('At a rally in Marlow, Tex., the mayor opened the new pier and promised a vote.')).toEqual(['promised <- the mayor']);
  });

  it('keeps a cue whose source would be a relative "that", without a source', () => {
    expect(pairs('The pilots that have backed the plan met on Monday.')).toEqual(['have backed <- -']);
    expect(pairs('Mayor Ana Ortiz, who said the plan would fail, resigned on Friday.')).toEqual(['said <- who']);
  });
});

describe('missed cues, fifteenth round (issue 14, PolNeAR train and dev)', () => {
  it('reads an adjective of belief or feeling after "be" or "remain" as a cue before the clause it reports, "that" left out', () => {
    expect(pairs('The pilots are convinced that the pier will hold.')).toEqual(['are convinced <- The pilots']);
    expect(pairs('Most skippers were hopeful that the fares would fall.')).toEqual(['were hopeful <- Most skippers']);
    expect(pairs('The mayor was adamant that the vote would go ahead.')).toEqual(['was adamant <- The mayor']);
    expect(pairs('Harbour officials remain confident that the ferry will sail in May.')).toEqual(['remain confident <- Harbour officials']);
    expect(pairs('The crew remained skeptical that the repairs would last.')).toEqual(['remained skeptical <- The crew']);
    // Without the clause, or without "be" or "remain", no cue.
    expect(pairs('The council seemed convinced.')).toEqual([]);
    expect(pairs('The board remained in the harbour.')).toEqual([]);
  });

  it('reads more adjectives of attitude with their preposition after "be" as cues ("are divided over", "was leery of")', () => {
    expect(pairs('Local pilots are deeply divided over the new fares.')).toEqual(['are deeply divided over <- Local pilots']);
    expect(pairs('The union was leery of the plan.')).toEqual(['was leery of <- The union']);
    expect(pairs('Ortiz is mindful of the cost.')).toEqual(['is mindful of <- Ortiz']);
    expect(pairs('The skippers were pleased with the result.')).toEqual(['were pleased with <- The skippers']);
    expect(pairs('The harbour board was upbeat about the fares.')).toEqual(['was upbeat about <- The harbour board']);
    expect(pairs('The pilots were startled by the storm.')).toEqual(['were startled by <- The pilots']);
  });

  it('reads a poll after "in" as a cue after a possessive, and opening its sentence before a comma with any determiner or none', () => {
    expect(pairs('Ortiz led by nine points in Monday’s Marlow Herald poll.')).toEqual(['in <- Monday’s Marlow Herald poll']);
    expect(pairs('In the poll, Ortiz led by nine points.')).toEqual(['In <- the poll']);
    expect(pairs('In exit polls, most pilots named the fares.')).toEqual(['In <- exit polls']);
    expect(pairs('In the harbour, the pilots waited.')).toEqual([]);
  });

  it('reads "found" as a cue after a document that heads its subject with a description after it', () => {
    expect(pairs('A Marlow Herald poll this month found the mayor ahead.')).toEqual(['found <- A Marlow Herald poll this month']);
    expect(pairs('A study by the harbour trust found the ferry late on most days.')).toEqual(['found <- A study by the harbour trust']);
    expect(pairs('The ferry that the pilots found was old.')).toEqual([]);
  });

  it('reads "complaints" right before the clause it reports as a nominal cue, with a possessive pronoun as its only source', () => {
    expect(pairs('Despite complaints that the ferry was late, the council kept the fares.')).toEqual(['complaints <- -']);
    expect(pairs('He lost the vote after his complaints that the mayor had been unfair.')).toEqual(['complaints <- his']);
    expect(pairs('The complaints were filed on Monday.')).toEqual([]);
  });
  it('keeps an adverb of manner in -ly before a participle of speech after a comma or "and" in the cue', () => {
    expect(pairs('Ortiz defended the fares at the meeting, eventually saying that the ferry would stay.')).toEqual(['defended <- Ortiz', 'eventually saying <- Ortiz']);
    expect(pairs('Ortiz visited the pier, only saying that the ferry would stay.')).toEqual([]);
  });
  it('reads "adding" after a comma that closes a verb of saying as a cue, also without "that" (not "adding to")', () => {
    expect(pairs('“We will keep it open,” Ortiz said, adding the pier would stay.').at(-1)).toBe('adding <- Ortiz');
    expect(pairs('“We will keep it open,” Ortiz said, adding to the noise.')).toEqual(['said <- Ortiz']);
  });
  it('reads a participle of speech after "in" opening its sentence as a cue with the main clause\'s subject', () => {
    expect(pairs('In describing the new fares, Ortiz praised the pilots.')).toEqual(['describing <- Ortiz', 'praised <- Ortiz']);
    expect(pairs('But in explaining why the ferry was late, the mayor blamed the storm.')).toEqual(['explaining <- the mayor', 'blamed <- the mayor']);
    expect(pairs('The pilots were tired in talking to the crew.')).toEqual([]);
  });
  it('reads "worried" after a form of "be" as an adjective of feeling with "about" or before "that", and keeps the verb', () => {
    expect(pairs('Harbour officials are worried about the storm.')).toEqual(['are worried about <- Harbour officials']);
    expect(pairs('The pilots were deeply worried that the pier would close.')).toEqual(['were deeply worried <- The pilots']);
    expect(pairs('Ortiz worried that the pier would close.')).toEqual(['worried <- Ortiz']);
  });
});

describe('sources of found cues, sixteenth round (issue 14, PolNeAR train and dev)', () => {
  it('keeps a name whole when its accented letters were decoded as Latin-1 ("JosÃ©")', () => {
    expect(pairs('Mayor JosÃ© Ortiz said the pier was safe.')).toEqual(['said <- Mayor JosÃ© Ortiz']);
  });

  it('reads "and" with a capitalised subject right before a cue as a parallel clause, not part of the report', () => {
    expect(pairs('The mayor said the pier was unsafe and Tom Reyes said it was fine.')).toEqual(['said <- The mayor', 'said <- Tom Reyes']);
    expect(pairs('Ortiz wants the fares cut and Tom Reyes wants them doubled.')).toEqual(['wants <- Ortiz', 'wants <- Tom Reyes']);
  });

  it('reads a capitalised "Will" or "May" right before a cue as a name and the source ("“…,” Will argued")', () => {
    expect(pairs('“The pier is safe,” Will argued.')).toEqual(['argued <- Will']);
    expect(pairs('Deputy Mayor Jo May announced a vote on the fares.')).toEqual(['announced <- Deputy Mayor Jo May']);
    expect(pairs('The pilots will say more.')).toEqual(['will say <- The pilots']);
  });

  it('reads a capitalised "Will" before a capitalised word as a first name inside a source', () => {
    expect(pairs('“The fares will rise,” said Will Barrow, a lecturer at Marlow College.')).toEqual(['said <- Will Barrow, a lecturer at Marlow College']);
    expect(pairs('Harbour Chairman Will Reyes said the fares would rise.')).toEqual(['said <- Harbour Chairman Will Reyes']);
  });

  it('reads a quoted title closed by a comma right before the cue as part of the source ("a host of “The Harbour Hour,” said")', () => {
    expect(pairs('Ana Ortiz, a host of “The Harbour Hour,” said the pier was unsafe.')).toEqual(['said <- Ana Ortiz, a host of “The Harbour Hour']);
    expect(pairs('At the meeting, Ana Ortiz, the author of “Salt,” argued that the pier was unsafe.')).toEqual(['argued <- Ana Ortiz, the author of “Salt']);
  });

  it('keeps an apposition to the full stop in a source after "according to" in mid-sentence', () => {
    expect(pairs('The fares rose in May, according to a letter from Tom Reyes, the head of the union in Marlow, Maine.')).toEqual(['according to <- a letter from Tom Reyes, the head of the union in Marlow, Maine']);
    expect(pairs('In May, according to the harbour log, the crew sailed early.')).toEqual(['according to <- the harbour log']);
  });

  it('reads a share written with "out of" as one source ("About three out of 10 pilots")', () => {
    expect(pairs('About three out of 10 pilots said the fares were too high.')).toEqual(['said <- About three out of 10 pilots']);
    expect(pairs('Nearly seven out of 10 say the fares are too high.')).toEqual(['say <- Nearly seven out of 10']);
  });

  it('keeps the participle of a survey after the people it asked in the source ("the pilots polled said")', () => {
    expect(pairs('23 percent of the pilots surveyed said the fares were too high.')).toEqual(['said <- 23 percent of the pilots surveyed']);
    expect(pairs('The skippers and pilots polled said the fares were too high.')).toEqual(['said <- The skippers and pilots polled']);
  });

  it('keeps a name whole with its apposition when a `who` clause in it ends in a second apposition', () => {
    expect(pairs('The plan failed. Ana Ortiz, a former pilot who worked for Marlow Ferries, a small company, said the fares were too high.')).toEqual(['said <- Ana Ortiz, a former pilot who worked for Marlow Ferries, a small company']);
  });

  it('keeps "today" between the subject and its cue in the source ("Many pilots today argue")', () => {
    expect(pairs('Many pilots today argue that the fares are too high.')).toEqual(['argue <- Many pilots today']);
  });

  it('reads adjectives in -ed that are no verb inside a source named after its cue ("one unaligned pilot")', () => {
    expect(pairs('“The fares are fair,” said one unaligned Marlow harbour pilot.')).toEqual(['said <- one unaligned Marlow harbour pilot']);
    expect(pairs('“The pier needs work,” said undecided voter Ana Ortiz of Marlow.')).toEqual(['said <- undecided voter Ana Ortiz of Marlow']);
  });

  it('finds the source after an inverted "remembered" and a lone "another" after an inverted cue', () => {
    expect(pairs('“The ferry was always late,” remembered Tom Reyes, a retired pilot.')).toEqual(['remembered <- Tom Reyes, a retired pilot']);
    expect(pairs('“The mayor is wrong,” tweeted another.')).toEqual(['tweeted <- another']);
  });

  it('reads a capitalised time word, preposition or adverb alone before a past form of a cue as a name ("“…,” Winter said")', () => {
    expect(pairs('“The fares are too high,” Winter said.')).toEqual(['said <- Winter']);
    expect(pairs('The pier was closed. Summer wrote that the fares were too high.')).toEqual(['wrote <- Summer']);
  });

  it('keeps a month between "a"/"the" and a lower-case noun inside the source ("The October harbour survey found")', () => {
    expect(pairs('The October harbour survey found the fares were too high.')).toEqual(['found <- The October harbour survey']);
    expect(pairs('Last week an August ferry poll showed the mayor ahead.')).toEqual(['showed <- an August ferry poll']);
  });

  it('reads "outside" right before a plural head as an adjective inside the source ("Outside engineers warn")', () => {
    expect(pairs('Outside engineers warn that the pier is unsafe.')).toEqual(['warn <- Outside engineers']);
    expect(pairs('Overall, several outside auditors reported losses at the port.')).toEqual(['reported <- several outside auditors']);
  });

  it('keeps "neither" before a lower-case head in the source ("neither union would confirm")', () => {
    expect(pairs('The strike went on, and neither union would confirm the talks.')).toEqual(['would confirm <- neither union']);
  });

  it('reads a capitalised "That" opening the source before a singular head as its determiner ("That skipper insisted")', () => {
    expect(pairs('A skipper joined the crew. That skipper insisted the fares were too high.')).toEqual(['insisted <- That skipper']);
  });

  it('ends a shared clause subject before an irregular past form ("Ortiz shook the mayor\'s hand and promised")', () => {
    expect(pairs('Ana Ortiz shook the mayor\'s hand and promised a vote.')).toEqual(['promised <- Ana Ortiz']);
    expect(pairs('Tom Reyes met the pilots on Friday, hoping to end the strike.')).toEqual(['hoping <- Tom Reyes']);
  });

  it('reads "filing" as a noun that heads a source ("The new filing argues")', () => {
    expect(pairs('The new filing argues that the pier is unsafe.')).toEqual(['argues <- The new filing']);
  });

  it('starts the source after more abstract nouns that a relative clause without "that" follows ("the changes Tom Reyes has called for")', () => {
    expect(pairs('These are the changes Tom Reyes has called for.')).toEqual(['has called for <- Tom Reyes']);
  });

  it('keeps "and even" inside a joined subject ("Harbour officials and even some skippers argue")', () => {
    expect(pairs('Harbour officials and even some skippers argue the fares are too high.')).toEqual(['argue <- Harbour officials and even some skippers']);
  });

  it('reads no "in" cue for a poll right after the people it asked ("62 percent of residents in a poll said")', () => {
    expect(pairs('Sixty percent of residents in a Marlow Herald poll said the pier was unsafe.')).toEqual(['said <- Sixty percent of residents in a Marlow Herald poll']);
    expect(pairs('The pilots surveyed in the harbour survey named the fares first.')).toEqual([]);
  });

  it('reads no "a statement from/by" cue after a verb or a preposition, where the statement is an object', () => {
    expect(pairs('The mayor mocked a statement by the union that the fares were fair.')).toEqual(['mocked <- The mayor']);
    expect(pairs('The leaflet carried a statement from the mayor on its back page.')).toEqual([]);
    expect(pairs('A statement from the union said the strike would go ahead.')).toEqual(['A statement from <- the union', 'said <- the union']);
  });

  it('keeps "quick to" after a form of "be" in the cue, as "continued to" ("was quick to insist")', () => {
    expect(pairs('The mayor was quick to insist the pier would stay.')).toEqual(['was quick to insist <- The mayor']);
    expect(pairs('Harbour officials were quick to deny the leak.')).toEqual(['were quick to deny <- Harbour officials']);
    expect(pairs('The pilots are all quick to argue that the fares are high.').map((p) => p.split(' <- ')[0])).toEqual(['are all quick to argue']);
    expect(pairs('Tom Reyes, quick to deny it, said the pier was unsafe.')).toEqual(['said <- Tom Reyes']);
  });

  it('keeps the copula after an opening "That" in an "according to" cue ("That’s according to…")', () => {
    expect(pairs('The fund has raised $4 million. That’s according to filings released on Friday.')).toEqual(['’s according to <- filings released on Friday']);
    expect(pairs('The fund has raised $4 million, according to filings released on Friday.')).toEqual(['according to <- filings released on Friday']);
  });

  it('reads "eager" after a form of "be" as a cue before the infinitive it reports ("is eager to settle")', () => {
    expect(pairs('The harbour union is eager to settle the dispute.')).toEqual(['is eager <- The harbour union']);
    expect(pairs('The pilots will be eager to explain the new fares.')).toEqual(['will be eager <- The pilots']);
    expect(pairs('An eager crowd waited to hear the mayor.')).toEqual([]);
  });

  it('reads "to wonder" after a verb that leaves or leads its object to it, with the object as source ("leaving the skippers to wonder")', () => {
    expect(pairs('The storm kept the ferry in port, leaving the older skippers to wonder whether it would sail.')).toEqual(['to wonder <- the older skippers']);
    expect(pairs('The delay led several pilots to speculate about the fares.')).toEqual(['to speculate <- several pilots']);
    expect(pairs('The board tried to lead the pilots to ponder the fares.')).toEqual([]);
  });

  it('ends "said in a statement" before a time after the statement ("said in a statement Friday that…")', () => {
    expect(pairs('The mayor said in a statement Friday that the pier would stay.')).toEqual(['said in a statement <- The mayor']);
    expect(pairs('The mayor said Friday the pier would stay.')).toEqual(['said Friday <- The mayor']);
  });

  it('keeps an adverb right after a comma in the verb group, but not "then" or "also" ("…, suddenly insisted")', () => {
    expect(pairs('Tom Reyes, the harbour master, suddenly insisted that the pier was safe.')).toEqual(['suddenly insisted <- Tom Reyes, the harbour master']);
    expect(pairs('The mayor visited the pier, then said that it was safe.')).toEqual(['said <- The mayor']);
    expect(pairs('Tom Reyes, the harbour master, also said that the pier was safe.')).toEqual(['said <- Tom Reyes, the harbour master']);
  });

  it('keeps a bare "as" after a participle of naming in the cue ("is widely regarded as")', () => {
    expect(pairs('The harbour master, who is widely regarded as a careful pilot, said the pier was safe.').map((p) => p.split(' <- ')[0])).toContain('is widely regarded as');
    expect(pairs('The old ferry, often referred to as the Grey Lady, will sail again.').map((p) => p.split(' <- ')[0])).toEqual(['often referred to as']);
  });
});

describe('verb cues under the new bar, nineteenth round (issue 14, PolNeAR train and dev)', () => {
  it('reads "sounded" and "angered" as cues ("sounded" with no source; not "sounded off", "sounded a note", "angered by")', () => {
    expect(pairs('The mayor sounded tired after the vote.')).toEqual(['sounded <- -']);
    expect(pairs('The new fares have angered the pilots.')).toEqual(['have angered <- -']);
    expect(pairs('The mayor sounded off about the fares.')).toEqual([]);
    expect(pairs('The mayor sounded a hopeful note about the pier.')).toEqual([]);
    expect(pairs('The pilots were angered by the new fares.')).toEqual([]);
  });

  it('reads a finite "seeks"/"sought" and "declined" as cues with an object too (not a fall: "declined sharply", "declined 40 percent")', () => {
    expect(pairs('The mayor sought more money for the pier.')).toEqual(['sought <- The mayor']);
    expect(pairs('Ortiz seeks a second term.')).toEqual(['seeks <- Ortiz']);
    expect(pairs('The pilots declined an interview.')).toEqual(['declined <- The pilots']);
    expect(pairs('Ferry traffic declined sharply in May.')).toEqual([]);
    expect(pairs('Ferry traffic declined 40 percent.')).toEqual([]);
    expect(pairs('Ortiz is seeking a second term.')).toEqual([]);
  });

  it('reads a passive "confirmed" and a passive "called" with its label as cues', () => {
    expect(pairs('The new harbour master was confirmed by the council on Monday.')).toEqual(['was confirmed <- the council']);
    expect(pairs('What is called a “ferry” here is a raft.')).toEqual(['is called <- -']);
    expect(pairs('Ortiz was called to the pier.')).toEqual([]);
  });

  it('reads "it seems" and "it seemed" as a hedge cue with no source, whatever follows (not "seems" after another subject)', () => {
    expect(pairs('It seems likely that the pier will close.')).toEqual(['seems <- -']);
    expect(pairs('It now seems unfair to blame the pilots.')).toEqual(['now seems <- -']);
    expect(pairs('The pier seems old.')).toEqual([]);
  });

  it('reads "voted in favor of" and "voted in support of" as cues with the whole phrase, like "voted for"', () => {
    expect(pairs('The council voted in favor of the new pier.')).toEqual(['voted in favor of <- The council']);
    expect(pairs('Ortiz voted in support of the fares.')).toEqual(['voted in support of <- Ortiz']);
    expect(pairs('Ortiz voted in May.')).toEqual([]);
  });

  it('reads "declined to say" as the cue "declined" (still not "declined to comment")', () => {
    expect(pairs('The mayor declined to say whether the pier would close.')).toEqual(['declined <- The mayor']);
    expect(pairs('The mayor declined to comment.')).toEqual([]);
    expect(pairs('The mayor declined to say.')).toEqual([]);
  });

  it('reads "as reported by" as the cue "reported" with its source after "by" (not "as reported" alone)', () => {
    expect(pairs('As reported by the Marlow Herald, the pier will close.')).toEqual(['reported <- the Marlow Herald']);
    expect(pairs('The pier, as reported, will close.')).toEqual([]);
  });

  it('keeps "quick to" after a form of "be" in the cue, as "continued to" ("was quick to point out")', () => {
    expect(pairs('The harbour master was quick to note that the pier was safe.')).toEqual(['was quick to note <- The harbour master']);
    expect(pairs('Skippers are quick to blame the tides.')).toEqual(['are quick to blame <- Skippers']);
    expect(pairs('The ferry was quick to leave.')).toEqual([]);
  });

  it('reads a passive "reported" before "by" as a cue that keeps "by", with the agent as source', () => {
    expect(pairs('The sale of the pier was first reported by the Harbour Gazette.')).toEqual(['was first reported by <- the Harbour Gazette']);
    expect(pairs('The sale of the pier was first reported on Monday.')).toEqual([]);
  });
});

describe('sources of found cues, nineteenth round (issue 14, PolNeAR train and dev)', () => {
  it('reads a verb before "at" as active when what it reports follows the place ("predicted at a press briefing that")', () => {
    expect(pairs('The pier reopened. Ana Ortiz, the harbour master, predicted at a press briefing that the fares would rise.')).toEqual(['predicted <- Ana Ortiz, the harbour master']);
    expect(pairs('The repairs, estimated at 30 million pounds, meant that the pier stayed shut.')).toEqual(['estimated <- -']);
  });

  it('runs a source after "according to" that the phrase rules cannot read to the end of its clause (a quoted title, a quotation inside it)', () => {
    expect(pairs('The ferry ran late for years, according to \'\'Harbour Days,\'\' by Tom Reyes.')).toEqual(["according to <- ''Harbour Days,'' by Tom Reyes"]);
    expect(pairs('According to a "safe harbour" pledge by the union, pilots must repay the fees.')).toEqual(['According to <- a "safe harbour" pledge by the union']);
  });

  it('takes the source after "said" that follows a comma when the phrase after it names someone and runs to the full stop', () => {
    expect(pairs('The mayor will face a long wait for the new ferry, keeping the crews idle, said Tom Reyes, a harbour pilot.')).toEqual(['said <- Tom Reyes, a harbour pilot']);
    expect(pairs('Tom Reyes, a pilot, said the ferry was late.')).toEqual(['said <- Tom Reyes, a pilot']);
  });

  it('takes a name opening its clause with its comma descriptions when no other rule reads the clause before the cue\'s comma', () => {
    expect(pairs('The pier was closed. Tom Reyes, a skipper whom the union backed for harbour master in 2019, said that the pier was unsafe.')).toContain('said <- Tom Reyes, a skipper whom the union backed for harbour master in 2019');
    expect(pairs('The pier was closed. Tom Reyes, meanwhile, who sails the ferry, said the fares were too high.')).toEqual(['said <- Tom Reyes']);
  });

  it('takes such a phrase also when it opens with a lower-case word ("62-year-old Ana Ortiz, a pilot who…")', () => {
    expect(pairs('The pier was closed. 62-year-old Ana Ortiz, a pilot who has sailed since 1990, said that the fares were too high.')).toEqual(['said <- 62-year-old Ana Ortiz, a pilot who has sailed since 1990']);
  });

  it('takes such a phrase after an opening introduction too ("Yet last week, Tom Reyes, …, wrote")', () => {
    expect(pairs('Yet last week, Tom Reyes, editor of the Herald, a paper aimed at pilots and written by them, wrote that the fares were too high.')).toEqual(['wrote <- Tom Reyes, editor of the Herald, a paper aimed at pilots and written by them']);
  });

  it('keeps what dashes set off in a subject that opens its sentence with no verb in it ("Four-in-five pilots across the towns — and … — said")', () => {
    expect(pairs('Four-in-five pilots across the four towns — and most skippers in Marlow — said that the fares were too high.')).toEqual(['said <- Four-in-five pilots across the four towns — and most skippers in Marlow']);
  });

  it('takes the subject of "is assured of" as its source ("The council is now assured of keeping")', () => {
    expect(pairs('The votes are in. The council is now assured of keeping its seat on the harbour board.')).toEqual(['is now assured of <- The council']);
  });

  it('opens a new clause at "and" before a subject pronoun or a name and its past verb, for a participle that shares the subject', () => {
    expect(pairs('Last week the crews went on strike and Ana Ortiz closed the pier, admitting that the fares were too high.')).toEqual(['admitting <- Ana Ortiz']);
  });

  it('reads "who" after "and"/"but" as the source when an earlier "whose" or "whom" clause stands for the same phrase', () => {
    expect(pairs('The pier was closed. Tom Reyes, a skipper whose ferry sank in May but who argued that the fares were too high, left.')).toEqual(['argued <- who']);
  });

  it('keeps a participle with its agent in the source after "according to" and nests its cue ("ferry counts reported by the Herald")', () => {
    expect(pairs('The mayor won easily among older pilots, according to ferry counts reported by the Herald and two radio stations.')).toEqual(['according to <- ferry counts reported by the Herald and two radio stations']);
    expect(pairs('The ferry made a loss, according to harbour accounts reported earlier by the radio.')).toEqual(['according to <- harbour accounts reported earlier by the radio']);
  });

  it('keeps an apposition that ends the sentence with a passive\'s agent after "by"', () => {
    expect(pairs('The pier was unsafe, a fact first reported by Ana Ortiz, a reporter for the Herald.')).toContain('first reported <- Ana Ortiz, a reporter for the Herald');
  });

  it('reads a lowercase "read"/"reads" next to a quotation as a cue whatever its subject ("“Closed,” read one.")', () => {
    expect(analyzeText('“Closed for repairs,” read one of the notices on the pier.').spans.filter((s) => s.kind === 'attribution-cue').map((s) => s.text)).toEqual(['read']);
    expect(pairs('The pier was shut. “No ferries until May,” the flyer reads.')).toEqual(['reads <- the flyer']);
    expect(pairs('The pier was shut. Near the gate the old plaque reads: “Built by the pilots.”')).toEqual(['reads <- the old plaque']);
    expect(pairs('The pier was shut. Tom Reyes read the tide tables every morning.')).toEqual([]);
  });
  it('reads arithmetic, a search, an outcome and an editorial as bodies of evidence that show things', () => {
    expect(pairs('The pier was shut. Simple math shows the ferry loses money on every trip.')).toEqual(['shows <- Simple math']);
    expect(pairs('The pier was shut. A quick search shows no record of the repairs.')).toEqual(['shows <- A quick search']);
    expect(pairs('The pier was shut. The outcome showed the pilots had won by nine votes.')).toEqual(['showed <- The outcome']);
  });
  it('keeps "fear" without a thinker found ("those who fear…") and reads "worry about" as a cue', () => {
    expect(analyzeText('The pier was shut. Those who fear a strike have stocked up on fuel.').spans.filter((s) => s.kind === 'attribution-cue').map((s) => s.text)).toEqual(['fear']);
    expect(pairs('The pier was shut. Many skippers worry about the cost of the repairs.')).toEqual(['worry about <- Many skippers']);
  });
});

describe('personal pronouns as sources, twenty-second round (issue 14, PolNeAR train and dev)', () => {
  it('reads a lone pronoun or "many" after a view-giving "To" as its source, also after an opening "But" or after "because"', () => {
    expect(pairs('The mayor spoke for an hour. To them, the speech marked a new phase.')).toEqual(['To <- them']);
    expect(pairs('To many, the harbour master is a local hero.')).toEqual(['To <- many']);
    expect(pairs('The pier is costly. But to others, it is the pride of the town.')).toEqual(['to <- others']);
    expect(pairs('The skipper stayed home because to him, the ferry was no longer safe.')).toEqual(['to <- him']);
    // Not set off by commas inside its clause, nor after any other word.
    expect(pairs('The levy, to them, is a tax on the poor.')).toEqual([]);
    expect(pairs('The pilots sold the boat and to them, it was a relief.')).toEqual([]);
  });

  it('reads no report in a subject pronoun right after "whether", "how" or "than" (a question or a comparison)', () => {
    expect(pairs('The pilots gave no details on how they planned to pay.')).toEqual([]);
    expect(pairs('The strike lasted longer than she had expected.')).toEqual([]);
    expect(pairs('The board will decide soon whether they support the levy.')).toEqual([]);
    // A phrase there stays a source ("than the pilots had expected" is marked as often as not).
    expect(pairs('The strike lasted longer than the pilots had expected.')).toEqual(['had expected <- the pilots']);
  });

  it('reads a cue inside a longer cue as the same verb group, keeping the longer one ("seemed" in "seemed to confirm")', () => {
    expect(pairs('She seemed to confirm the report on the pier.')).toEqual(['seemed to confirm <- She']);
    expect(pairs('The mayor appeared to suggest that the pier was unsafe.')).toEqual(['appeared to suggest <- The mayor']);
    // A seem verb before a verb that is no cue stays as it was.
    expect(pairs('He seemed to differ with the mayor.')).toEqual(['seemed <- -']);
  });
});

describe('names and groups as sources, twenty-second round (issue 14, PolNeAR train and dev)', () => {
  it('reads a few quoted words that close the subject\'s clause or apposition as part of it, not as a quotation the cue closes', () => {
    expect(pairs('Lindqvist, who has long called the levy “theft,” argued that the harbour board would lose the vote.')).toEqual(['has long called <- who', 'argued <- Lindqvist']);
    expect(pairs('Mr. Okafor, who once called the ferry fees "robbery," described the council as out of touch.')).toEqual(['once called <- who', 'described <- Mr. Okafor']);
    expect(pairs('Ana Brekke, a skipper nicknamed “Salty,” insisted that the quay was too short.')).toEqual(['insisted <- Ana Brekke, a skipper nicknamed “Salty']);
  });

  it('reads "took a swipe at", "took some shots at" and their kin as a phrasal cue of "take" ("took aim at")', () => {
    expect(pairs('At the pier on Friday, Dalby took some shots at the harbour board.')).toEqual(['took some shots at <- Dalby']);
    expect(pairs('The mayor has taken a jab at the pilots’ union.')).toEqual(['has taken a jab at <- The mayor']);
    expect(pairs('Dalby took a long shot at the title.')).toEqual([]);
  });

  it('reads "made the case for", "made comments about", "made a plea for" and their kin as phrases of "make" with the whole phrase in the cue', () => {
    expect(pairs('The pier was shut. Ortiz made the case for a new ferry.')).toEqual(['made the case for <- Ortiz']);
    expect(pairs('The pier was shut. The mayor has made comments about the fares.')).toEqual(['has made comments about <- The mayor']);
    expect(pairs('The pier was shut. Dalby made a plea for calm.')).toEqual(['made a plea for <- Dalby']);
    expect(pairs('The pier was shut. Dalby made his pitch to the pilots.')).toEqual([]);
  });

  it('reads "voiced" like "expressed", with the feeling or stance it names ("voiced concern about"), but not the noun "voice"', () => {
    expect(pairs('The pier was shut. The harbour master voiced concern about the cost.')).toEqual(['voiced concern about <- The harbour master']);
    expect(pairs('The pier was shut. Dalby voiced support for the pilots.')).toEqual(['voiced support for <- Dalby']);
    expect(pairs('The pier was shut. The pilots spoke with one voice.')).toEqual([]);
  });

  it('reads "heaped praise on" and "heaped criticism on" as a phrasal cue', () => {
    expect(pairs('The pier was shut. Dalby heaped praise on the ferry crews.')).toEqual(['heaped praise on <- Dalby']);
    expect(pairs('The pier was shut. The crews heaped sandbags on the quay.')).toEqual([]);
  });

  it('reads past a second opener ("And then", "And even") to the clause subject a participle shares', () => {
    expect(pairs('The pier was shut. And then Varga turned to the crowd, saying the quay was too short.')).toEqual(['saying <- Varga']);
    expect(pairs('The pier was shut. And even Ortiz stayed late at the quay, noting that the tide was high.')).toEqual(['noting <- Ortiz']);
  });

  it('takes a lone surname after a fronted description as the source ("A lifelong sailor, Lindqvist said"), not a full name\'s title', () => {
    expect(pairs('The pier was shut. A lifelong sailor, Lindqvist said the tide tables were wrong.')).toEqual(['said <- Lindqvist']);
    expect(pairs('The pier was shut. A critic of the levy, Mr. Dalby argued that the quay was too short.')).toEqual(['argued <- Mr. Dalby']);
    expect(pairs('The pier was shut. The party chairman, Ana Ortiz, said it was unsafe.')).toEqual(['said <- The party chairman, Ana Ortiz']);
  });
});

describe('verbs the lexicon lacked, twenty-third round (issue 14, PolNeAR train and dev)', () => {
  it('reads verbs of speech, thought, intention and stance as cues with their subject as source', () => {
    const cases: Array<[string, string[]]> = [
      ['The pier was shut. The mayor has demonized the ferry company.', ['has demonized <- The mayor']],
      ['The pier was shut. One skipper hypothesized the tide had shifted.', ['hypothesized <- One skipper']],
      ['The pier was shut. Dalby theorized that the gate had jammed.', ['theorized <- Dalby']],
      ['The pier was shut. Ortiz insulted the harbour pilots.', ['insulted <- Ortiz']],
      ['The pier was shut. The Marlow Gazette opined that the levy was too high.', ['opined <- The Marlow Gazette']],
      ['The pier was shut. The skippers have been plotting to block the levy.', ['have been plotting <- The skippers']],
      ['The pier was shut. The mayor pronounced the quay safe.', ['pronounced <- The mayor']],
      ['The pier was shut. Brandt renounced his old views on the toll.', ['renounced <- Brandt']],
      ['The pier was shut. The pilots taunted the council.', ['taunted <- The pilots']],
      ['The pier was shut. The whole town mourned the lost trawler.', ['mourned <- The whole town']],
      ['The pier was shut. The skippers disliked the new rota.', ['disliked <- The skippers']],
      ['The pier was shut. The harbour master exhorted the crews to stay home.', ['exhorted <- The harbour master']],
      ['The pier was shut. Reyes has preached patience to the crews.', ['has preached <- Reyes']],
      ['The pier was shut. Ortiz bashed the plan for the marina.', ['bashed <- Ortiz']],
      ['The pier was shut. The fishermen despise the new quotas.', ['despise <- The fishermen']],
      ['The pier was shut. The pilots resent that the council ignored them.', ['resent <- The pilots']],
      ['The pier was shut. The other councillors concurred.', ['concurred <- The other councillors']],
      ['The pier was shut. Brandt is contemplating a run for mayor.', ['is contemplating <- Brandt']],
      ['The pier was shut. The council is mulling a new toll.', ['is mulling <- The council']],
      ['The pier was shut. Dalby thundered that the toll was theft.', ['thundered <- Dalby']],
      ['The pier was shut. Ortiz framed the toll as a tax on workers.', ['framed <- Ortiz']],
      ['The pier was shut. The columnist savaged the harbour board.', ['savaged <- The columnist']],
      ['The pier was shut. The small party strives for a seat on the council.', ['strives for <- The small party']],
      ['The pier was shut. The governor stumped for Ortiz in the port towns.', ['stumped for <- The governor']],
      ['The pier was shut. Reyes has hammered the mayor over the fares.', ['has hammered <- Reyes']],
      ['The pier was shut. Ortiz dared the board to sack her.', ['dared <- Ortiz']],
      ['The pier was shut. The senator pummeled the ferry company as greedy.', ['pummeled <- The senator']],
      ['The pier was shut. Lind reminisced about the old ferry.', ['reminisced about <- Lind']],
      ['The pier was shut. The young skipper idolizes the old harbour master.', ['idolizes <- The young skipper']],
      ['The pier was shut. Her aide telegraphed a change of course.', ['telegraphed <- Her aide']],
      ['The pier was shut. The mayor largely eschewed the question of tolls.', ['largely eschewed <- The mayor']],
      ['The pier was shut. Reyes marveled at the size of the crowd.', ['marveled at <- Reyes']],
      ['The pier was shut. Dalby floated the idea of a night ferry.', ['floated the idea <- Dalby']],
    ];
    for (const [text, expected] of cases) expect(pairs(text), text).toEqual(expected);
  });

  it('leaves the same words alone where they are no report (an adjective after a degree word, a deal, a puzzle, a raft)', () => {
    const cases: Array<[string, string[]]> = [
      ['The pier was shut. The dip in trade was less pronounced in May.', []],
      ['The pier was shut. The change was more pronounced in the north.', []],
      ['The pier was shut. The crews hammered out a deal on Friday.', []],
      ['The pier was shut. The divers were stumped by the wreck.', []],
      ['The pier was shut. The old raft floated down the river.', []],
      ['The pier was shut. The tourists marveled.', []],
    ];
    for (const [text, expected] of cases) expect(pairs(text), text).toEqual(expected);
  });

  it('reads reporting idioms with their fixed words: "spoke out against", "doubled down on", "came to the defense of", "in the words of", "in the eyes of"', () => {
    const cases: Array<[string, string[]]> = [
      ['The pier was shut. Two skippers spoke out against the new toll.', ['spoke out against <- Two skippers']],
      ['The pier was shut. Reyes spoke out in favor of a night ferry.', ['spoke out in favor of <- Reyes']],
      ['The pier was shut. The mayor doubled down on her plan for a toll.', ['doubled down on <- The mayor']],
      ['The pier was shut. The union rose to the defense of the skippers.', ['rose to the defense of <- The union']],
      ['The pier was shut. Several councillors came to the defense of the mayor.', ['came to the defense of <- Several councillors']],
      ['The pier was shut. In the words of Mayor Ortiz, the quay is a disgrace.', ['In the words of <- Mayor Ortiz']],
      ['The pier was shut. In the eyes of many pilots, the toll is unfair.', ['In the eyes of <- many pilots']],
    ];
    for (const [text, expected] of cases) expect(pairs(text), text).toEqual(expected);
  });

  it('leaves the idioms\' verbs alone without their fixed words', () => {
    const cases: Array<[string, string[]]> = [
      ['The pier was shut. Ortiz spoke out on Tuesday.', ['spoke out <- Ortiz']],
      ['The pier was shut. Sales of boats doubled in May.', []],
      ['The pier was shut. The tide rose to the top of the wall.', []],
    ];
    for (const [text, expected] of cases) expect(pairs(text), text).toEqual(expected);
  });

  it('reads adjectives of attitude or feeling after a form of "be" with their preposition, or before the clause they report', () => {
    const cases: Array<[string, string[]]> = [
      ['The pier was shut. The pilots were angry about the new fares.', ['were angry about <- The pilots']],
      ['The pier was shut. The board was delighted by the turnout.', ['was delighted by <- The board']],
      ['The pier was shut. The skippers are keen on a night ferry.', ['are keen on <- The skippers']],
      ['The pier was shut. The mayor has remained mum on the toll.', ['has remained mum on <- The mayor']],
      ['The pier was shut. Fishermen have been outraged by the quotas.', ['have been outraged by <- Fishermen']],
      ['The pier was shut. Reyes has been outspoken on the harbour fees.', ['has been outspoken on <- Reyes']],
      ['The pier was shut. The pilots were surprised that the gate jammed.', ['were surprised <- The pilots']],
      ['The pier was shut. Some councillors have been sympathetic to the union.', ['have been sympathetic to <- Some councillors']],
      ['The pier was shut. The crews were thrilled with the new boats.', ['were thrilled with <- The crews']],
      ['The pier was shut. Lind was troubled by the state of the quay.', ['was troubled by <- Lind']],
      ['The pier was shut. The traders are uneasy about the levy.', ['are uneasy about <- The traders']],
      ['The pier was shut. Ortiz has been vocal about the fees.', ['has been vocal about <- Ortiz']],
      ['The pier was shut. The harbour board is alarmed at the cost.', ['is alarmed at <- The harbour board']],
      ['The pier was shut. The result was a surprise to the crews.', []],
      ['The pier was shut. Lind grew up in a troubled port.', []],
    ];
    for (const [text, expected] of cases) expect(pairs(text), text).toEqual(expected);
  });

  it('reads phrasal verbs of support and doubt with their particle, and the bare verbs not', () => {
    const cases: Array<[string, string[]]> = [
      ['The pier was shut. The pilots threw their support behind Ortiz.', ['threw their support behind <- The pilots']],
      ['The pier was shut. The union has thrown its weight behind the toll.', ['has thrown its weight behind <- The union']],
      ['The pier was shut. Reyes cast doubt on the survey of the quay.', ['cast doubt on <- Reyes']],
      ['The pier was shut. The mayor drew attention to the cracked pilings.', ['drew attention to <- The mayor']],
      ['The pier was shut. Lind is lending her support to the night ferry.', ['is lending her support to <- Lind']],
      ['The pier was shut. The boys threw stones at the gulls.', []],
      ['The pier was shut. The skippers cast their nets at dawn.', []],
      ['The pier was shut. The crowd drew closer to the gate.', []],
    ];
    for (const [text, expected] of cases) expect(pairs(text), text).toEqual(expected);
  });
});

describe('guards that rejected right cues, twenty-third round (issue 14, PolNeAR train and dev)', () => {
  it('reads a present "calls" between two names as a cue that labels the second ("Mayor Reyes calls Ortiz a liar"), not before a day', () => {
    expect(pairs('The pier was shut. Mayor Reyes calls Ortiz a liar.')).toEqual(['calls <- Mayor Reyes']);
    expect(pairs('The pier was shut. Ortiz calls Monday a holiday.')).toEqual([]);
  });

  it('reads a present "sees" as a view also without "as" ("sees a bright future"), not "saw" or "views"', () => {
    expect(pairs('The pier was shut. The harbour master sees a bright future for the pier.')).toEqual(['sees <- The harbour master']);
    expect(pairs('The pier was shut. The harbour master saw the pier.')).toEqual([]);
    expect(pairs('The pier was shut. The harbour master views the pier.')).toEqual([]);
  });

  it('reads a bare "see" after a plural subject as a view without "as", but not after a modal or before a preposition', () => {
    expect(pairs('The pier was shut. Many pilots see a bright future for the pier.')).toEqual(['see <- Many pilots']);
    expect(pairs('The pier was shut. The pilots will see the new pier.')).toEqual([]);
    expect(pairs('The pier was shut. The pilots see in her a leader.')).toEqual([]);
  });

  it('reads a negated "mention" as a cue whatever follows it in its sentence, but not with nothing after it', () => {
    expect(pairs('The pier was shut. The mayor did not mention raising the fares.')).toEqual(['did not mention <- The mayor']);
    expect(pairs('The pier was shut. The mayor did not mention, though, that the fares rose.')).toEqual(['did not mention <- The mayor']);
    expect(pairs('The pier was shut. The mayor did not mention.')).toEqual([]);
  });

  it('reads "posted" right after a personal pronoun as a cue without a report after it, not after a name', () => {
    expect(pairs('The pier was shut. Later that night he posted a note on the harbour forum.')).toEqual(['posted <- he']);
    expect(pairs('The pier was shut. Ortiz posted a win in the regatta.')).toEqual([]);
  });

  it('reads an adjective of belief set off by a comma before "that" or "of" as a cue of the clause subject, not before "to"', () => {
    expect(pairs('The pier was shut. The crews worked all night, confident that the pier would hold.')).toEqual(['confident <- The crews']);
    expect(pairs('The pier was shut. The pilots left the meeting, wary of the new fees.')).toEqual(['wary of <- The pilots']);
    expect(pairs('The pier was shut. The pilots worked all night, eager to finish.')).toEqual([]);
  });
});

describe('found cues without a source, twenty-fifth round (issue 14, PolNeAR train and dev)', () => {
  it('takes the source after "read" right after a closing quotation mark, and after "opined" and "exhorted"', () => {
    expect(pairs('“Keep the ferry running all winter,” read the notice.')).toEqual(['read <- the notice']);
    expect(pairs('“Keep the ferry running,” opined the Harbour Gazette.')).toEqual(['opined <- the Harbour Gazette']);
    expect(pairs('“Vote for the levy,” exhorted the mayor.')).toEqual(['exhorted <- the mayor']);
    expect(pairs('The skippers carried signs. “Shut the pier,” read one.')).toEqual(['read <- one']);
  });

  it('gives a cue that shares its subject inside a relative or subordinate clause that clause\'s subject, not across a comma', () => {
    expect(pairs('Reporters waited for the mayor, who opened the meeting by thanking the crews.')).toEqual(['thanking <- who']);
    expect(pairs('It was a long week in which she toured the docks and promised a new pier.')).toEqual(['promised <- she']);
    expect(pairs('The crews met the mayor, who was late, and promised a strike.')).toEqual(['promised <- The crews']);
  });
});

describe('exact edges of found cues, twenty-sixth round (issue 14, PolNeAR train and dev)', () => {
  it('keeps the word that links a verb cue to what it reports: "believe in", "remarked upon", "pushed back against", "spoke highly of"', () => {
    const cases: Array<[string, string[]]> = [
      ['The pier was shut. Most skippers believe in a free ferry.', ['believe in <- Most skippers']],
      ['The pier was shut. The mayor remarked upon the empty quay.', ['remarked upon <- The mayor']],
      ['The pier was shut. The union pushed back against the new toll.', ['pushed back against <- The union']],
      ['The pier was shut. Reyes pushed back on the plan.', ['pushed back on <- Reyes']],
      ['The pier was shut. The mayor spoke highly of the crews.', ['spoke highly of <- The mayor']],
      ['The pier was shut. Ortiz wrote warmly about the old ferry.', ['wrote warmly about <- Ortiz']],
    ];
    for (const [text, expected] of cases) expect(pairs(text), text).toEqual(expected);
  });

  it('keeps what "said" leaves unsaid with its "about" ("said little about"), and a closing "then" ("he said then.")', () => {
    const cases: Array<[string, string[]]> = [
      ['The pier was shut. The mayor said little about the toll.', ['said little about <- The mayor']],
      ['The pier was shut. Reyes has said nothing about the ferry.', ['has said nothing about <- Reyes']],
      ['“The quay will hold,” he said then.', ['said then <- he']],
    ];
    for (const [text, expected] of cases) expect(pairs(text), text).toEqual(expected);
  });

  it('keeps a closing manner after any verb cue ("explained with a grin."), a press release after "said", and leaves "of" out after verbs of statement', () => {
    const cases: Array<[string, string[]]> = [
      ['“The quay will hold,” Reyes explained with a grin.', ['explained with a grin <- Reyes']],
      ['“Not this year,” the skipper fired back with a shrug.', ['fired back with a shrug <- the skipper']],
      ['The union said in a press release that the ferry would run.', ['said in a press release <- The union']],
      ['The mayor stated of the crews: “They never stopped.”', ['stated <- The mayor']],
      ['Reyes declared of the new pier that it was a triumph.', ['declared <- Reyes']],
    ];
    for (const [text, expected] of cases) expect(pairs(text), text).toEqual(expected);
  });

  it('reads a document put out with a comma or "on" and a day before its linker ("issued a statement Friday, saying")', () => {
    const cases: Array<[string, string[]]> = [
      ['The union issued a short statement Friday, saying the ferry would run.', ['issued a short statement Friday, saying <- The union']],
      ['The council released a statement on Monday night, urging calm.', ['released a statement on Monday night, urging <- The council']],
    ];
    for (const [text, expected] of cases) expect(pairs(text), text).toEqual(expected);
  });

  it('joins two past forms in -ed linked by "and" into one verb group ("praised and thanked")', () => {
    const cases: Array<[string, string[]]> = [
      ['The pier was shut. The mayor praised and thanked the crews.', ['praised and thanked <- The mayor']],
      ['The pier was shut. The warning was echoed and amplified by the pilots.', ['was echoed and amplified <- the pilots']],
      ['The pier was shut. Reyes praised and has argued for a night ferry.', ['praised and has argued for <- Reyes']],
    ];
    for (const [text, expected] of cases) expect(pairs(text), text).toEqual(expected);
  });
});

describe('possessive sources of nominal cues, twenty-sixth round (issue 14, PolNeAR train and dev)', () => {
  it('reads "view" after "in" and a possessive as a cue whose source is the possessive, not after a determiner', () => {
    expect(pairs('The ferry, in his view, was never late.')).toEqual(['view <- his']);
    expect(pairs('In Captain Lind’s view, the pier can wait a year.')).toEqual(['view <- Captain Lind’s']);
    expect(pairs('The harbour was, in the ferry’s view, too small.')).toEqual([]);
    expect(pairs('The pier came into view at noon.')).toEqual([]);
  });

  it('reads a noun form after a possessive and an adjective of judgement as a nominal cue with the adjective, its source the possessive phrase', () => {
    expect(pairs('The plan rests on the mayor’s false claims that the pier was safe.')).toEqual(['false claims <- the mayor’s']);
    expect(pairs('The plan was reminiscent of the council’s earlier claim that fares would fall.')).toEqual(['earlier claim <- the council’s']);
    expect(pairs('His campaign claims that the pier is safe.')).toEqual(['claims <- His campaign']);
  });

  it('reads a noun of saying or promising right after a possessive pronoun and before what it reports as a cue whose source is the pronoun', () => {
    expect(pairs('He lost ground after his suggestion that the pier close.')).toEqual(['suggestion <- his']);
    expect(pairs('Her vow to keep the ferry won votes.')).toEqual(['vow <- Her']);
    expect(pairs('The mayor recalled his promise to keep the ferry.')).toEqual(['recalled <- The mayor']);
    expect(pairs('Their warning that was posted on Monday went unread.')).toEqual([]);
    expect(pairs('Her decision to keep the ferry won votes.')).toEqual([]);
  });

  it('reads a noun of a stated view between a possessive and "is"/"was" before what it states as a cue with the copula', () => {
    expect(pairs('My guess is that the ferry stays.')).toEqual(['guess is <- My']);
    expect(pairs('Captain Lind’s answer was: the pier must wait.')).toEqual(['answer was <- Captain Lind’s']);
    expect(pairs('The mayor’s response was that the pier was safe.')).toEqual(['response was <- The mayor’s']);
    expect(pairs('But Captain Lind’s answer was that the pier must wait.')).toEqual(['answer was <- Captain Lind’s']);
    expect(pairs('His position is, however, weak.')).toEqual([]);
    expect(pairs('Her view was clear.')).toEqual([]);
  });

  it('reads a past form of receiving with a noun of support or criticism as a cue whose source follows "of" or "from"', () => {
    expect(pairs('The plan has drawn sharp criticism from the skippers’ union.')).toEqual(['has drawn sharp criticism <- the skippers’ union']);
    expect(pairs('Ortiz won the endorsement of the Harbour Gazette on Friday.')).toEqual(['won the endorsement <- the Harbour Gazette']);
    expect(pairs('Reyes hadn’t won any backing from the other captains.')).toEqual(['hadn’t won any backing from <- the other captains']);
    expect(pairs('The pier has still not drawn praise from the crews.')).toEqual(['has still not drawn praise from <- the crews']);
    expect(pairs('The ferry tax has drawn criticism from some skippers as well.')).toEqual(['has drawn criticism <- some skippers']);
    expect(pairs('The levy drew criticism from Marlow, Sivrice and two other ports.')).toEqual(['drew criticism <- Marlow, Sivrice and two other ports']);
    expect(pairs('She enjoyed support from older skippers, especially those on the night ferry, all year.')).toEqual(['enjoyed support <- older skippers, especially those on the night ferry']);
    expect(pairs('The mayor hopes to win the support of the pilots.')).toEqual(['hopes <- The mayor']);
    expect(pairs('Lind picked up on the praise of the pier.')).toEqual([]);
    expect(pairs('The singer drew boos from the crowd.')).toEqual([]);
  });

  it('reads a noun of criticism after a form of "face" as a cue without the verb, whose source follows "of" or "from"', () => {
    expect(pairs('The mayor faced stern opposition from the pilots to her plan for the pier.')).toEqual(['stern opposition <- the pilots']);
    expect(pairs('Ortiz will face the criticism of her rival, Tom Reyes.')).toEqual(['criticism <- her rival, Tom Reyes']);
    expect(pairs('Reyes faced criticism from skippers after he closed the pier.')).toEqual(['criticism <- skippers']);
    expect(pairs('He faced down attacks from the union.')).toEqual([]);
    expect(pairs('Ortiz faces pressure from the pilots.')).toEqual([]);
  });

  it('reads "own admission" and "own account" after "by" and a possessive as a cue whose source is the possessive', () => {
    expect(pairs('By Ortiz’s own admission, the pier is old.')).toEqual(['own admission <- Ortiz’s']);
    expect(pairs('The pier, by her own account, was old.')).toEqual(['own account <- her']);
    expect(pairs('She paid by her own account.')).toEqual([]);
  });
});

describe('proposals no annotator marked, twenty-sixth round (issue 14, PolNeAR train and dev)', () => {
  it('reads wanting to be something as a wish about oneself, not a reported want', () => {
    expect(pairs('The skippers want to be heard before the vote.')).toEqual([]);
    expect(pairs('A pilot who does not want to be named said the pier was unsafe.')).toEqual(['said <- A pilot']);
    expect(pairs('The skippers want to see the new fares first.')).toEqual(['want <- The skippers']);
  });

  it('drops "make clear" when no one is found who makes it clear', () => {
    expect(pairs('As was made clear at the meeting, the fares will rise.')).toEqual([]);
    expect(pairs('The mayor made clear that the fares will rise.')).toEqual(['made clear <- The mayor']);
  });

  it('reads a capitalised cue form inside a sentence, before another capitalised word, as the first word of a name', () => {
    expect(pairs('The aide, Hope Lind, said the pier was unsafe.')).toEqual(['said <- The aide, Hope Lind']);
    expect(pairs('The crews, backed by an aide, Hope Lind, said the pier was unsafe.')).toEqual(['said <- an aide, Hope Lind']);
  });

  it('leaves out cues in a transcript paragraph or a one-sentence headline opened by a speaker\'s surname, not after a label', () => {
    const transcript = 'Mayor Ana Ortiz spoke to the harbour radio on Monday.\n\nORTIZ: Well, I think most of them do, and the union said so last week.';
    expect(pairs(transcript)).toEqual([]);
    expect(pairs('UPDATE: The mayor said the pier would reopen.')).toEqual(['said <- The mayor']);
    expect(pairs('Mayor Ana Ortiz spoke on Monday.\n\nOrtiz: I still believe the pier can be saved.')).toEqual([]);
    expect(pairs('The show aired on Monday.\n\nHOST: Do the pilots back the fares?\n\nGUEST: I think they do.\n\nHOST: Do you agree with them?')).toEqual([]);
    expect(pairs('UPDATE: The mayor said the pier would reopen.\n\nCORRECTION: The mayor said the pier would close.')).toEqual(['said <- The mayor', 'said <- The mayor']);
    expect(pairs("Mayor Ana Ortiz spoke on Monday.\n\nAna Ortiz: Fares. The mayor's plan calls for lower fares.")).toEqual(["calls for <- The mayor's plan"]);
  });

  it('reads a bare verb right after "help" as an infinitive, not a cue', () => {
    expect(pairs('The new fees helped persuade the pilots to strike.')).toEqual([]);
    expect(pairs('A report that helps explain the gap came out on Monday.')).toEqual([]);
    expect(pairs('The mayor explained the gap.')).toEqual(['explained <- The mayor']);
  });

  it('drops a cue right before a parenthetical "he said": it is part of what "said" reports', () => {
    expect(pairs('The pilots believe, he said on the radio, that the pier is unsafe.')).toEqual(['said <- he']);
    expect(pairs('She hoped, she said, that the fares would fall.')).toEqual(['said <- she']);
    expect(pairs('She hoped that the fares would fall.')).toEqual(['hoped <- She']);
  });

  it('reads a bare verb after an opening "Just", "Simply" or "Now" with no source as an imperative', () => {
    expect(pairs('Just ask the skippers on the night ferry.')).toEqual([]);
    expect(pairs('Now tell us the pier is safe.')).toEqual([]);
  });

  it('reads "revealed itself", "asserted itself", "know better", "easier said than done" and "tell stories" as no report', () => {
    expect(pairs('The crack in the hull soon revealed itself.')).toEqual([]);
    expect(pairs('The new board asserted itself in the talks over fares.')).toEqual([]);
    expect(pairs('The old skippers know better.')).toEqual([]);
    expect(pairs('Fixing the pier will be easier said than done, the mayor said.')).toEqual(['said <- the mayor']);
    expect(pairs('The old skippers tell stories about the storm.')).toEqual([]);
    expect(pairs('The logs revealed that the pier was unsafe.')).toEqual(['revealed <- The logs']);
  });

  it('reads "what appeared to be" as a hedge on a noun phrase, not an impression reported', () => {
    expect(pairs('The pilots cheered what appeared to be his joke.')).toEqual([]);
    expect(pairs('The pilots appeared to be angry.')).toEqual(['appeared <- -']);
  });

  it('reads "seems" or "appeared" right before a comma as an aside, not an impression reported', () => {
    expect(pairs('The fees, it seems, went unpaid.')).toEqual([]);
    expect(pairs('It appears, though, that the pier will close.')).toEqual(['appears <- -']);
  });

  it('reads "as we know it" as an idiom, not knowledge reported', () => {
    expect(pairs('The ferry trade as we know it will end.')).toEqual([]);
    expect(pairs('The ferry trade, as we now know it, will end.')).toEqual([]);
    expect(pairs('We know it will end.')).toEqual(['know <- We']);
  });

  it('reads "say" after a determiner and an adjective of weight as the noun', () => {
    expect(pairs('The mayor gets the final say over fares.')).toEqual([]);
    expect(pairs('The pilots say about half the boats are old.')).toEqual(['say <- The pilots']);
  });

  it('reads "mention" after a noun or adjective and before a preposition as the noun, and "posted" there as a participle', () => {
    expect(pairs('The pier got a brief mention in the Gazette.')).toEqual([]);
    expect(pairs('She mentions in her letter that the pier is unsafe.')).toEqual(['mentions <- She']);
    expect(pairs('A video posted on the harbour forum shows the crash.')).toEqual(['shows <- A video posted on the harbour forum']);
    expect(pairs('He posted on the harbour forum that the pier was unsafe.')).toEqual(['posted <- He']);
  });
});

describe('exact edges of found sources, twenty-sixth round (issue 14, PolNeAR train and dev)', () => {
  it('reads a title written with its full stop ("Sen.", "Rep.") as a title, so a party label after the name is its apposition', () => {
    expect(pairs('Sen. Ana Ortiz, R-S.C., a veteran harbour pilot, said the pier was unsafe.')).toEqual(['said <- Sen. Ana Ortiz, R-S.C., a veteran harbour pilot']);
  });

  it('leaves a verb of perception after "to" out of the name after it', () => {
    expect(pairs('It was odd to watch Ana Ortiz, who backed the fees, suddenly insist that they must go.')).toContain('suddenly insist <- Ana Ortiz');
    expect(pairs('Crowds stood in the rain to hear Ortiz and Reyes speak about the new pier.')).toEqual(['speak about <- Ortiz and Reyes']);
  });

  it('keeps a list after "including", "along with", "as well as", "like" or "such as" with commas or a preposition in it up to the comma before the cue', () => {
    expect(pairs('Many ferry pilots, including big donors to harbour candidates, fiercely opposed the fees.')).toEqual(['fiercely opposed <- Many ferry pilots, including big donors to harbour candidates']);
    expect(pairs('Dr. Ortiz, along with Tom Reyes of the Marlow Pilots Guild and Jo Lind, a lecturer at Marlow College, argued that the fees were too high.')).toEqual(['argued <- Dr. Ortiz, along with Tom Reyes of the Marlow Pilots Guild and Jo Lind, a lecturer at Marlow College']);
    expect(pairs('Harbour economists, like their rivals in Marlow, say the fees are too high.')).toEqual(['say <- Harbour economists, like their rivals in Marlow']);
    expect(pairs('Ana Ortiz, as well as her two deputies, insists that the pier is safe.')).toEqual(['insists <- Ana Ortiz, as well as her two deputies']);
    expect(pairs('Ana Ortiz and Tom Reyes, among others, reject the new fees.')).toEqual(['reject <- Ana Ortiz and Tom Reyes, among others']);
    expect(pairs("Even the fleet's boldest skippers, like Ortiz and Reyes, say the pier is unsafe.")).toEqual(["say <- the fleet's boldest skippers, like Ortiz and Reyes"]);
    expect(pairs('Members of the board, including its two deputies, Ana Ortiz and Tom Reyes, have backed the mayor.')).toEqual(['have backed <- Members of the board, including its two deputies, Ana Ortiz and Tom Reyes']);
  });

  it('leads a phrase with a count before "of" and reads "that" after "of" as a determiner', () => {
    expect(pairs('Two ferry firms have left. One of them, Harbour Mutual, has threatened to sue the town.')).toEqual(['has threatened <- One of them, Harbour Mutual']);
    expect(pairs('One of the writers of that memo, Tom Reyes, said the pier was unsafe.')).toEqual(['said <- One of the writers of that memo, Tom Reyes']);
  });

  it('keeps a possessive name and its role before the name it describes, not a clause opener with a contracted "is"', () => {
    expect(pairs("Marlow's mayor, Ana Ortiz, a Democrat, said Tuesday she would run again.")).toEqual(["said Tuesday <- Marlow's mayor, Ana Ortiz, a Democrat"]);
    expect(pairs('What’s more, Ana Ortiz has largely ignored the pilots.')).toEqual(['has largely ignored <- Ana Ortiz']);
  });

  it('reads one or two capitalised words after "Name of Place," as the place\'s state, not another name', () => {
    expect(pairs('Ana Ortiz of Marlow, Virginia says she backs the mayor.')).toEqual(['says <- Ana Ortiz of Marlow, Virginia']);
    expect(pairs('Reyes and Lind of the University of Marlow, Eastby suggest the fees are too high.')).toEqual(['suggest <- Reyes and Lind of the University of Marlow, Eastby']);
  });

  it('keeps a participle with its agent set off by commas in the subject that opens the clause', () => {
    expect(pairs("The board's website, run by Jo Lind, a lecturer in marine studies at Marlow College, said the ferry was late.")).toEqual(["said <- The board's website, run by Jo Lind, a lecturer in marine studies at Marlow College"]);
  });

  it('reads a noun-like form after an adjective of order opening the sentence as a noun, not a cue', () => {
    expect(pairs('Initial estimates put the toll at 40. Other reports say the pier was unsafe.')).toEqual(['say <- Other reports']);
  });

  it('starts the source after a noun with a gap when a count determines the noun', () => {
    expect(pairs('One reason the pilots say they came is money.')).toEqual(['say <- the pilots']);
    expect(pairs('There are two main reasons Ana Ortiz opposes the fee.')).toEqual(['opposes <- Ana Ortiz']);
  });

  it('keeps a participle and its preposition inside a subject that opens the clause', () => {
    expect(pairs('The newly released email relating to Marlow finds that the fees were too high.')).toEqual(['finds <- The newly released email relating to Marlow']);
  });

  it('keeps "of" or "at" and a named place of work set off by commas after a name, not an occasion', () => {
    expect(pairs('“We will see,” Mr. Reyes, of Harbour Capital Markets, said on Monday.')).toEqual(['said <- Mr. Reyes, of Harbour Capital Markets']);
    expect(pairs('For now, Lind, at the Marlow Institute, said the ferry would run.')).toEqual(['said <- Lind, at the Marlow Institute']);
    expect(pairs('Ortiz, at Monday’s debate, said the ferry would run.')).toEqual(['said <- Ortiz']);
  });

  it('keeps how a poll was conducted, set off by commas, in the poll', () => {
    expect(pairs('A Harbour Radio poll, conducted by Marlow College, shows the mayor ahead.')).toEqual(['shows <- A Harbour Radio poll, conducted by Marlow College']);
    expect(pairs('In the latest Harbour Radio poll, conducted in May, the mayor led by 8 points.')).toEqual(['In <- the latest Harbour Radio poll, conducted in May']);
  });

  it('reads "managing" before a role as part of a title in an apposition', () => {
    expect(pairs('“We will see,” Tom Reyes, managing director of Harbour Capital, told me on Monday.')).toEqual(['told <- Tom Reyes, managing director of Harbour Capital']);
  });

  it('reads a state written with full stops after a town as the end of a place, not as the phrase a clause describes', () => {
    expect(pairs('“We are tired,” Tom Reyes, 41, of Marlow, N.C., who took part in the survey, said in a later call.')).toEqual(['said <- Tom Reyes, 41, of Marlow, N.C., who took part in the survey']);
    expect(pairs('Tom Reyes, 41, of Marlow, N.C., who was among the skippers, said that the fees were high.')).toEqual(['said <- Tom Reyes, 41, of Marlow, N.C., who was among the skippers']);
  });
});

describe('analysis: lexicon entries the code can reach (twenty-seventh round)', () => {
  it('inverts "emphasized" after a comma, as its lemma in the lexicon is "emphasise"', () => {
    expect(pairs('The tolls will pay for it, emphasized Tom Reyes.')).toEqual(['emphasized <- Tom Reyes']);
  });

  it('types a firm written with "Inc." or "Ltd." and its full stop as an institution', () => {
    const types = (text: string) => analyzeText(text).spans.flatMap((s) => (s.kind === 'attribution-source' ? [[s.text, s.sourceType]] : []));
    expect(types('Harbourline Inc. said on Monday that the ferry would run again.')).toEqual([['Harbourline Inc.', 'named-institution']]);
    expect(types('Dockside Ltd. said the pier would close.')).toEqual([['Dockside Ltd.', 'named-institution']]);
  });

  it('reads a contraction with a curly apostrophe as the verb it is, as with a straight one ("can’t", "didn’t")', () => {
    expect(pairs('Her argument that can’t work is wrong, Lind said.')).toEqual(['said <- Lind']);
    expect(pairs('It rained, said the pilots didn’t sail.')).toEqual(pairs("It rained, said the pilots didn't sail."));
  });

  it('reads "by the end of" after a harm participle as a time, not an agent, and "o’clock" with a curly apostrophe as a clock time', () => {
    const framing = (text: string) => analyzeText(text).spans.filter((s) => s.kind === 'framing').map((s) => s.text);
    expect(framing('Three pilots were injured by the end of the week.')).toEqual(['were injured']);
    expect(numbers('The ferry leaves at 5 o’clock every day.')).toEqual([]);
  });

  it('treats a bare verb listed after another form of its entry ("disavow" after "disavowed") as bare, nested in the clause reported', () => {
    expect(pairs('Ortiz said she would meet the pilots and disavow the remarks.')).toEqual(['said <- Ortiz']);
    expect(pairs('Ortiz said she would meet the pilots and emphasize the risks.')).toEqual(['said <- Ortiz']);
  });

  it('reads "St" and "Rd" without a full stop after a street name as an address, as "Ave" is', () => {
    expect(numbers('The pilots met at 12 Harbour St on Monday.')).toEqual([]);
    expect(numbers('The pilots met at 40 Quay Rd on Monday.')).toEqual([]);
  });
});

describe('wrong sources of found cues, twenty-seventh round (issue 14, PolNeAR train and dev)', () => {
  it('gives a cue that shares its subject inside a subordinate clause the name right after the clause\'s opening word', () => {
    expect(pairs('When Ortiz opened the pier by thanking the crews, the skippers cheered.')).toEqual(['thanking <- Ortiz']);
    expect(pairs('The pier was shut as Tom Reyes toured the docks and promised a new ferry.')).toEqual(['promised <- Tom Reyes']);
  });

  it('keeps a name or "he"/"she" as the subject a cue after "and" shares from fifteen words or more before it', () => {
    expect(pairs('Ortiz spent most of the long meeting on Tuesday going through the costs of the new ferry line with the pilots and promised a vote in May.')).toEqual(['promised <- Ortiz']);
    expect(pairs('She spent most of the long meeting on Tuesday going through the costs of the new ferry line with the pilots and promised a vote in May.')).toEqual(['promised <- She']);
    expect(pairs('The mayor spent most of the long meeting on Tuesday going through the costs of the new ferry line with the pilots and promised a vote in May.')).toEqual(['promised <- -']);
  });

  it('reads the agent of a participle in -ed right before a cue as part of the subject ("… released by the Herald shows")', () => {
    expect(pairs('A new survey released on Monday by the Marlow Herald shows the ferry losing riders.')).toEqual(['shows <- A new survey released on Monday by the Marlow Herald']);
    expect(pairs('A report on the ferry issued last month by the Marlow Harbour Board noted that fares rose.')).toEqual(['noted <- A report on the ferry issued last month by the Marlow Harbour Board']);
    expect(pairs('But figures released on Friday by the Marlow Harbour Board suggest that fares rose.')).toEqual(['suggest <- figures released on Friday by the Marlow Harbour Board']);
    // With a comma before the subject, its start is unknown: the cue keeps no source rather than the agent.
    expect(pairs('Some of the skippers, like the pilots interviewed by the Herald warned that the fees hurt.')).toEqual(['warned <- -']);
  });
});

describe('adjective and prepositional cues, twenty-eighth round (issue 14, PolNeAR train and dev)', () => {
  it('keeps "more likely to" or "less likely to" after a form of "be" in the cue of a poll\'s comparison', () => {
    expect(pairs('Older skippers were more likely to say the pier was safe.')).toEqual(['were more likely to say <- Older skippers']);
    expect(pairs('The pilots are slightly less likely to support the new toll.')).toEqual(['are slightly less likely to support <- The pilots']);
    // Without "be" before it, nothing holds the view: no cue.
    expect(pairs('More likely to say yes, the pilots waited.')).toEqual([]);
  });

  it('gives no "In" cue to an opening poll when the sentence says who found what ("In an online survey…, the trust found")', () => {
    expect(pairs('In an online survey of 500 pilots, conducted in May, the Harbour Trust found that most backed the toll.')).toEqual(['found <- the Harbour Trust']);
    // Without a finder the poll stays the source of what follows, and the verbs after it are its findings, nested (thirty-fifth round).
    expect(pairs('In a Marlow Herald poll released Monday, most skippers backed the toll.')).toEqual(['In <- a Marlow Herald poll released Monday']);
  });

  it('keeps the "in" poll cue after the people the poll asked when "among" narrows the figure to them', () => {
    expect(pairs('Ortiz leads by ten points among older voters in a Marlow Herald poll.')).toEqual(['in <- a Marlow Herald poll']);
    // Without "among" the people are the subject and the poll only places them.
    expect(pairs('Sixty percent of older voters in a Marlow Herald poll said they backed the toll.')).toEqual(['said <- Sixty percent of older voters in a Marlow Herald poll']);
  });
});

describe('verb cues the lexicon lacked, twenty-eighth round (issue 14, PolNeAR train and dev)', () => {
  it('reads a finite "cast" with "as" before the clause ends as how someone presents a person or a thing', () => {
    expect(pairs('The mayor cast the new levy as a tax on pilots.')).toEqual(['cast <- The mayor']);
    expect(pairs('Ortiz has cast himself as the friend of the skippers.')).toEqual(['has cast <- Ortiz']);
    // Not a ballot, not the participle, and "cast doubt on" still needs no "as".
    expect(pairs('Most pilots cast their votes for Ortiz as the polls closed.')).toEqual([]);
    expect(pairs('The mayor toured the docks, casting the levy as a tax on pilots.')).toEqual([]);
    expect(pairs('The report cast doubt on the new timetable.')).toEqual(['cast doubt on <- The report']);
  });

  it('reads verbs of presenting with "as" before the clause ends ("pitched the toll as a fix"), finite forms only', () => {
    expect(pairs('The mayor pitched the new toll as a fix for the pier.')).toEqual(['pitched <- The mayor']);
    expect(pairs('The union has positioned itself as a friend of skippers.')).toEqual(['has positioned <- The union']);
    expect(pairs('Ortiz presents the ferry as a lifeline.')).toEqual(['presents <- Ortiz']);
    expect(pairs('The skippers painted the harbour master as a bully.')).toEqual(['painted <- The skippers']);
    // Not without "as", and not "positions", mostly the noun.
    expect(pairs('The mayor pitched a tent on the quay.')).toEqual([]);
    expect(pairs('She holds one of the top positions in the port as its treasurer.')).toEqual([]);
  });

  it('reads more documents put out, a bare plural one, "last month" and more participles of stance after them', () => {
    expect(pairs('The harbour trust published a long report detailing cracks in the pier.')).toEqual(['published a long report detailing <- The harbour trust']);
    expect(pairs('On the quay, the mayor released a short ad mocking the toll.')).toEqual(['released a short ad mocking <- the mayor']);
    expect(pairs('Both ferry unions issued statements criticizing the fares.')).toEqual(['issued statements criticizing <- Both ferry unions']);
    expect(pairs('The pilots sent a note last month urging a vote.')).toEqual(['sent a note last month urging <- The pilots']);
    expect(pairs('The harbour board has released a statement deploring the graffiti.')).toEqual(['has released a statement deploring <- The harbour board']);
    // Still no cue without a document or a linker.
    expect(pairs('The port issued permits for new piers last week.')).toEqual([]);
  });

  it('reads "showed no sign of" as a stance of its subject, whoever it is, with the words of the sign in the cue', () => {
    expect(pairs('The pilots showed no sign of giving way on the fares.')).toEqual(['showed no sign of <- The pilots']);
    // An adverb before the verb keeps it a stance of its subject.
    expect(pairs('The pilots also showed no sign of giving way on the fares.')).toEqual(['also showed no sign of <- The pilots']);
    expect(pairs('But the union showed no immediate signs of a truce.')).toEqual(['showed no immediate signs of <- the union']);
    // Not the present form, mostly of a policy or a trend.
    expect(pairs('The toll shows no sign of falling.')).toEqual([]);
  });

  it('reads "make" with a described "case" as the particle "case" ("is making a spirited case", "made the economic case for")', () => {
    expect(pairs('Ortiz is making a spirited case at the quay.')).toEqual(['is making a spirited case <- Ortiz']);
    expect(pairs('The union made the simple economic case for a night ferry.')).toEqual(['made the simple economic case for <- The union']);
    // Not a court case with a name in it.
    expect(pairs('The union made the Reyes case public.')).toEqual([]);
  });

  it('keeps "all but" before a verb in the cue, not in its source ("The mayor all but accused")', () => {
    expect(pairs('The mayor all but accused the pilots of lying.')).toEqual(['all but accused <- The mayor']);
    expect(pairs('The board has all but accused the skippers.')).toEqual(['has all but accused <- The board']);
  });

  it('drops a verb after "or" that follows another verb form ("welcomed or criticized"), not one after an object', () => {
    expect(pairs('The skippers welcomed or criticized the toll.')).toEqual(['welcomed <- The skippers']);
    expect(pairs('The crews were surprised or criticized the toll.')).toEqual([]);
    expect(pairs('The skippers are undecided or support the mayor.')).toEqual([]);
    // After an object the second verb stays.
    expect(pairs('The mayor has not endorsed the plan or conceded the vote.')).toEqual(['has not endorsed <- The mayor']);
  });

  it('keeps an adverb in -ly or "later" between "and"/"but" and a shared verb in the cue, not "then"', () => {
    expect(pairs('The mayor toured the pier and repeatedly praised the crews.')).toEqual(['repeatedly praised <- The mayor']);
    expect(pairs('The mayor toured the pier but later told reporters it was safe.')).toEqual(['later told <- The mayor']);
    expect(pairs('The skippers toured the docks and then said the pier was safe.')).toEqual(['said <- The skippers']);
  });

  it('keeps "go"/"come" joined by "and" to the verb in the cue ("went and backed", "would not come out and claim")', () => {
    expect(pairs('The mayor went and backed the toll.')).toEqual(['went and backed <- The mayor']);
    expect(pairs('The mayor would not come out and claim the pier was unsafe.')).toEqual(['would not come out and claim <- The mayor']);
    expect(pairs('The board went ahead and quietly endorsed the toll.')).toEqual(['went ahead and quietly endorsed <- The board']);
    // Not across a place the subject came to.
    expect(pairs('The pilots came to the quay and said the pier was safe.')).toEqual(['said <- The pilots']);
  });
});

describe('how far a source after its cue reaches, twenty-ninth round (issue 14, PolNeAR train and dev)', () => {
  it('reads a cue form right after a determiner inside an "according to" source as a noun ("a pilot on the call")', () => {
    expect(pairs('The ferry will stop in May, according to a pilot on the call.')).toEqual(['according to <- a pilot on the call']);
  });
  it('keeps an "including" or "such as" phrase that closes the sentence after a closing "according to" source or a passive agent', () => {
    expect(pairs('Fares rose, according to three harbour surveys, including one by the Gazette released Monday.')).toEqual(['according to <- three harbour surveys, including one by the Gazette released Monday']);
    expect(pairs('The pier was shut, a decision criticized by the unions, such as the pilots’ guild.')).toEqual(['criticized <- the unions, such as the pilots’ guild']);
    expect(pairs('The toll was first reported by two papers, including the Gazette.')).toEqual(['was first reported by <- two papers, including the Gazette']);
    expect(pairs('According to three surveys, including one by the Gazette, fares rose.')).toEqual(['According to <- three surveys']);
  });
  it('keeps the apposition of a name after an opening "According to" when the report follows a second comma', () => {
    expect(pairs('According to Ana Ortiz, the harbour master, the pier will close in May.')).toEqual(['According to <- Ana Ortiz, the harbour master']);
    expect(pairs('According to Ana Ortiz, the pier will close in May.')).toEqual(['According to <- Ana Ortiz']);
  });
  it('keeps a closing apposition opening with "one of" or "another" after a closing "according to" source', () => {
    expect(pairs('The pier will close in May, according to the pilots’ guild, one of the unions at the port.')).toEqual(['according to <- the pilots’ guild, one of the unions at the port']);
    expect(pairs('The pier will close in May, according to Tom Reyes, another former harbour master.')).toEqual(['according to <- Tom Reyes, another former harbour master']);
  });
  it('joins a passive\'s agent to a second phrase after "and" or "or" that ends the clause', () => {
    expect(pairs('The toll was first reported by the Gazette or the Herald, as far as anyone knows.')).toContain('was first reported by <- the Gazette or the Herald');
    expect(pairs('The toll was first reported by the Gazette and was denied by the mayor.')).toContain('was first reported by <- the Gazette');
  });
  it('leaves a phrase of when or where after "especially" out of a closing source', () => {
    expect(pairs('The pier was shut, a decision criticized by the harbour board, especially in winter.')).toEqual(['criticized <- the harbour board']);
  });
  it('ends an "according to" source before a "who requested" clause, a request of its own', () => {
    expect(pairs('The ferry will stop in May, according to two pilots who requested anonymity because the talks are private.')).toEqual(['according to <- two pilots', 'requested <- who']);
  });
});

describe('cue edges of the commonest verbs, thirtieth round (issue 14, PolNeAR train and dev)', () => {
  it('leaves a weekday between "said" and "that" out of the cue, not after other verbs nor before the clause itself', () => {
    expect(pairs('The harbour master said Tuesday that the pier would reopen.')).toEqual(['said <- The harbour master']);
    expect(pairs('The harbour master said Tuesday night that the pier would reopen.')).toEqual(['said <- The harbour master']);
    expect(pairs('The harbour master said Tuesday the pier would reopen.')).toEqual(['said Tuesday <- The harbour master']);
    expect(pairs('“The pier will reopen,” the harbour master said Tuesday.')).toEqual(['said Tuesday <- the harbour master']);
    expect(pairs('The harbour master admitted Tuesday that the pier was unsafe.')).toEqual(['admitted Tuesday <- The harbour master']);
  });

  it('keeps "only" before "that" after "said" or "saying" in the cue ("said only that")', () => {
    expect(pairs('The ferry company said only that the crossing was delayed.')).toEqual(['said only <- The ferry company']);
    expect(pairs('The ferry company gave no reason, saying only that the crossing was delayed.')).toEqual(['saying only <- The ferry company']);
    expect(pairs('The ferry company said that only the late crossing was delayed.')).toEqual(['said <- The ferry company']);
  });

  it('keeps the occasion after "saying" up to the "that" or colon of the report in the cue ("saying in a radio interview that")', () => {
    expect(pairs('The skipper praised the crews, saying in a radio interview that the pier was safe.')).toEqual(['praised <- The skipper', 'saying in a radio interview <- The skipper']);
    expect(pairs('The skipper praised the crews, saying on the harbour website: “The pier is safe.”')).toEqual(['praised <- The skipper', 'saying on the harbour website <- The skipper']);
    expect(pairs('The skipper praised the crews, saying in public, that the pier was safe.')).toEqual(['praised <- The skipper', 'saying <- The skipper']);
    expect(pairs('The skipper said in a radio interview that the pier was safe.')).toEqual(['said <- The skipper']);
  });
});

describe('pronoun sources still missed, thirtieth round (issue 14, PolNeAR train and dev)', () => {
  it('reads a finite "compare" with its subject, an object and "to" or "with" as a cue', () => {
    expect(pairs('She compared the new toll to a ransom.')).toEqual(['compared <- She']);
    expect(pairs('In a radio talk, he also compared the pier with a sinking ship.')).toEqual(['also compared <- he']);
    expect(pairs('Reyes compares his ferry with the old one.')).toEqual(['compares <- Reyes']);
  });
  it('leaves "compare" alone in figures, as a passive, after a common noun and without an object', () => {
    expect(pairs('Ortiz won 41 percent, compared with 30 percent for Reyes.')).toEqual([]);
    expect(pairs('The pier is often compared to a bridge.')).toEqual([]);
    expect(pairs('The study compared the two ferries with the old boats.')).toEqual([]);
    expect(pairs('She compared notes.')).toEqual([]);
  });
  it('reads "named" with a pronoun or a name right before it and its object after it as a cue', () => {
    expect(pairs('Ortiz named two pilots to the harbour board.')).toEqual(['named <- Ortiz']);
    expect(pairs('In the end she later named Reyes her deputy.')).toEqual(['later named <- she']);
  });
  it('leaves "named" alone after a common noun, before a preposition, as a passive and after "who"', () => {
    expect(pairs('A skipper named Reyes rang the bell.')).toEqual([]);
    expect(pairs('The pier was named after a pilot.')).toEqual([]);
    expect(pairs('Reyes named in his report three unsafe piers.')).toEqual([]);
    expect(pairs('Those who named a winner were few.')).toEqual([]);
  });
  it('reads "exposed" and "authorized" with a pronoun or a name before them and their object after them as cues', () => {
    expect(pairs('The Herald exposed the fee ledger last week.')).toEqual(['exposed <- The Herald']);
    expect(pairs('The Harbour Trust has authorized a new pier.')).toEqual(['has authorized <- The Harbour Trust']);
    expect(pairs('The old pier was exposed to the wind.')).toEqual([]);
    expect(pairs('Crews exposed to the storm waited.')).toEqual([]);
  });
  it('reads "favor" after a personal pronoun or "who" and before its object as a cue of stance', () => {
    expect(pairs('They favor a toll on night ferries.')).toEqual(['favor <- They']);
    expect(pairs('Pilots who favor the new pier marched.')).toEqual(['favor <- who']);
  });
  it('leaves "favor" alone after a name or a noun, as a passive and as a noun', () => {
    expect(pairs('The tides favor Ortiz.')).toEqual([]);
    expect(pairs('The plan was favored by the pilots.')).toEqual([]);
    expect(pairs('The pilots are in favor of the toll.')).toEqual([]);
  });
});

describe('named and group sources, thirtieth round (issue 14, PolNeAR train and dev)', () => {
  const cuelessSources = (text: string) => analyzeText(text).spans.filter((s) => s.kind === 'attribution-source' && s.cueIds.length === 0).map((s) => s.text);
  it('takes the name before the colon of a title as a source with no cue when the name comes back in the text', () => {
    const article = 'Ortiz: The Pier Will Close In May\n\nMayor Ana Ortiz told the council on Monday that the old pier had no future.';
    expect(cuelessSources(article)).toEqual(['Ortiz']);
    expect(cuelessSources('Ana Ortiz: The Pier Will Close In May\n\nThe mayor met the council. Ortiz was brief.')).toEqual(['Ana Ortiz']);
    expect(cuelessSources('Poll: Fares Should Fall\n\nMost skippers asked by the harbour board want cheaper crossings.')).toEqual(['Poll']);
  });
  it('leaves a label, a phrase with a function word or a name the text never mentions again', () => {
    expect(cuelessSources('Harbour Notes: The Pier Will Close In May\n\nThe mayor told the council on Monday.')).toEqual([]);
    expect(cuelessSources('Fog Over Marlow: Ferries Stay In Port\n\nThe harbour at Marlow was closed all day.')).toEqual([]);
    expect(cuelessSources('Reyes: The Pier Will Close In May\n\nThe mayor told the council on Monday.')).toEqual([]);
    expect(cuelessSources('The mayor spoke: the pier will close.\n\nOrtiz told the council so on Monday.')).toEqual([]);
  });
  it('takes the name on a dash line right after a closing quotation as the speaker who signs it', () => {
    expect(cuelessSources('“The pier will close in May.”\n\n- Ortiz.\n\nThe mayor has said so before.')).toEqual(['Ortiz']);
    expect(cuelessSources('“We want cheaper crossings.”\n\n-Captain Tom Reyes, speaking for the pilots.')).toEqual(['Captain Tom Reyes']);
  });
  it('leaves a dash line after no quotation, a news agency signing off, or a phrase that goes on', () => {
    expect(cuelessSources('The pier will close in May.\n\n- Ortiz.')).toEqual([]);
    expect(cuelessSources('“The pier will close in May.”\n\n- Reuters.')).toEqual([]);
    expect(cuelessSources('“The pier will close.”\n\n– Ready to sail again –.')).toEqual([]);
  });
  it('takes a label in capitals opening a turn of a transcript as its speaker, not a label in mixed case', () => {
    const transcript = 'Tom Reyes met Mayor Ana Ortiz on the radio.\n\nREYES: Will the pier close?\n\nORTIZ: Not this year.\n\nREYES: And next year?';
    expect(cuelessSources(transcript)).toEqual(['REYES', 'ORTIZ', 'REYES']);
    expect(cuelessSources('Results from the harbour vote.\n\nMayor Ana Ortiz won again.\n\nOrtiz: 41 votes.\n\nReyes: 12 votes.')).toEqual([]);
  });
});

describe('lexicon words a guard rejects right after a name or pronoun, thirty-first round (issue 14, PolNeAR train and dev)', () => {
  it('reads a passive of "criticize" right after a name or a personal pronoun as a cue, ending before "for"', () => {
    expect(pairs('The pier was shut. Ortiz was criticized by the pilots.')).toEqual(['was criticized <- the pilots']);
    expect(pairs('The pier was shut. She has been criticised for the delay.').map((p) => p.split(' <- ')[0])).toEqual(['has been criticised']);
  });
  it('leaves a passive of "criticize" after a common noun or "it" alone', () => {
    expect(pairs('The pier was shut. The plan was criticized by the pilots.')).toEqual([]);
    expect(pairs('The pier was shut. It was criticized for the delay.')).toEqual([]);
  });
});

describe('proposals no annotator marked and cue edges beyond "said", thirty-second round (issue 14, PolNeAR train and dev)', () => {
  it('reads "pledged" before "delegates" as the kind of delegate, whatever comes before it', () => {
    expect(pairs('The harbour party counts new, pledged delegates first.')).toEqual([]);
    expect(pairs('Ortiz keeps a narrow pledged delegate edge over Reyes.')).toEqual([]);
  });
  it('reads a bare form after "a" and one lower-case word as a noun, not after a quantity nor in a question', () => {
    expect(pairs('Asked about the fares, Ortiz gave a vague answer.').map((p) => p.split(' <- ')[0])).toEqual(['Asked about']);
    expect(pairs('A third say the pier should close.')).toEqual(['say <- A third']);
    expect(pairs('How does a mayor persuade the pilots?')).toEqual(['persuade <- a mayor']);
  });
  it('reads a passive gerund after a preposition as a state, not a view reported', () => {
    expect(pairs('The pilots have an edge on being regarded as fair.')).toEqual([]);
  });
  it('reads "encourage" with "it" as its subject as a cause, not someone urging', () => {
    expect(pairs('The ferry is cheap. It encouraged skippers to sail at night.')).toEqual([]);
    expect(pairs('Fuel got dearer. It could encourage pilots to strike.')).toEqual([]);
    expect(pairs('She praised the pilots and encouraged them to strike.')).toEqual(['praised <- She', 'encouraged <- She']);
  });
  it('keeps a capitalised adverb in -ly before the verb of a Title-Case headline, but not a name in -ly', () => {
    expect(pairs('Marlow Mayor Finally Supports The Harbour Levy')).toEqual(['Finally Supports <- Marlow Mayor']);
    expect(pairs('Pilots Fully Backed Ortiz On The Fares')).toEqual(['Fully Backed <- Pilots']);
    expect(pairs('Dana Kelly Says The Pier Is Safe')).toEqual(['Says <- Dana Kelly']);
  });
});

describe('attribution sources still wrong or missed, thirty-second round (issue 14, PolNeAR train and dev)', () => {
  it('takes the ones "angered" after the verb as its source, with a place or side that ends the clause', () => {
    expect(pairs('The new toll angered Ana Ortiz, a harbour pilot.')).toEqual(['angered <- Ana Ortiz']);
    expect(pairs('Her plan angered some skippers on the right.')).toEqual(['angered <- some skippers on the right']);
    expect(pairs('The toll has angered voters across the bay.')).toEqual(['has angered <- voters across the bay']);
  });

  it('gives "angered that" no source after the verb', () => {
    expect(pairs('Tom Reyes, angered that the vote was late, walked out.')).toEqual(['angered <- -']);
  });

  it('keeps "involved" or "contacted" after the people it picks out in the source, as "surveyed"', () => {
    expect(pairs('The pilots involved say the pier is old.')).toEqual(['say <- The pilots involved']);
    expect(pairs('The crews contacted said the pier was old.')).toEqual(['said <- The crews contacted']);
  });

  it('takes the name after any noun as the source when a modal right after the cue opens a clause with no subject', () => {
    expect(pairs('It is a shift Ortiz said would push the pilots away.')).toEqual(['said <- Ortiz']);
    expect(pairs('The harbour master Ana Ortiz said she would go.')).toEqual(['said <- The harbour master Ana Ortiz']);
  });

  it('keeps an adverb in -ly or "only" right after the determiner in the source phrase', () => {
    expect(pairs('A highly regarded pollster said the vote was close.')).toEqual(['said <- A highly regarded pollster']);
    expect(pairs('The pilots are not the only ones worried about the fares.')).toEqual(['worried about <- the only ones']);
  });

  it('keeps a capitalised possessive before a superlative "most" in the source phrase', () => {
    expect(pairs("Reyes's most loyal backers say the toll is unfair.")).toEqual(["say <- Reyes's most loyal backers"]);
  });

  it('reads a word in capitals after another capitalised word as part of a name, even a time word', () => {
    expect(pairs('The fares rose, a HARBOUR TODAY survey shows.')).toEqual(['shows <- a HARBOUR TODAY survey']);
  });

  it('reads "Shortly after …," or "Soon after …," as an introduction before the subject a participle shares', () => {
    expect(pairs('Shortly after the vote, the skippers met on the pier, urging the board to wait.')).toEqual(['urging <- the skippers']);
    expect(pairs('Soon after the storm, the crews had gathered, urging the board to wait.')).toEqual(['urging <- the crews']);
  });

  it('reads a quantifier before "of" as the lead of a passive agent after "by"', () => {
    expect(pairs('She was criticised by many of the skippers over the delay.')).toEqual(['was criticised <- many of the skippers']);
  });

  it('keeps "filed" or "sent" and its time in a document source, as "released Monday"', () => {
    expect(pairs('The lawsuit filed Friday claims the fares are unlawful.')).toEqual(['claims <- The lawsuit filed Friday']);
    expect(pairs('A letter sent last week says that the ferry will stop.')).toEqual(['says <- A letter sent last week']);
  });
});

describe('missed cues whose source is a common noun phrase, a group or a document, thirty-third round (issue 14, PolNeAR train and dev)', () => {
  it('reads a poll or count that "has", "gives" or "puts" a name or a person as what the poll shows', () => {
    expect(pairs('The latest Harbour Herald poll has Ortiz leading Reyes by six points.')).toEqual(['has <- The latest Harbour Herald poll']);
    expect(pairs('The current count gives her 40 seats on the harbour board.')).toEqual(['gives <- The current count']);
    expect(pairs('Fares rose, with a Marlow survey giving Reyes a clear lead.')).toEqual(['giving <- a Marlow survey']);
  });

  it('reads a finite "show" with a noun of stance and its preposition as a stance of any subject', () => {
    expect(pairs('The harbour board has shown little interest in the new pier.')).toEqual(['has shown little interest in <- The harbour board']);
    expect(pairs('The crowd showed scant enthusiasm for Ortiz.')).toEqual(['showed scant enthusiasm for <- The crowd']);
    expect(pairs('The skippers have shown an inclination to wait.')).toEqual([]);
  });

  it('reads "includes" right after a document or plan as what it carries', () => {
    expect(pairs('The leaflet includes a map of the new berths.')).toEqual(['includes <- The leaflet']);
    expect(pairs('The plan includes: free berths and lower fares.')).toEqual(['includes <- The plan']);
    expect(pairs('The price includes a ferry ticket.')).toEqual([]);
  });

  it('leaves a poll that has a margin or a figure that puts a number alone', () => {
    expect(pairs('The harbour poll has an error margin of three points.')).toEqual([]);
    expect(pairs('Early estimates put the count of berths at forty.')).toEqual([]);
  });
});

describe('guards that reject the most missed cues, thirty-fourth round (issue 14, PolNeAR train and dev)', () => {
  it('reads a participle of speech opening its sentence as a cue without "that", not before a preposition', () => {
    expect(pairs('Stressing the cost of the repairs, Ortiz said the ferry would stop.')).toEqual(['Stressing <- Ortiz', 'said <- Ortiz']);
    expect(pairs('Pointing to the cracks, Ortiz said the ferry would stop.')).toEqual(['said <- Ortiz']);
  });

  it('reads a contracted negated "be" as the auxiliary of a participle ("isn’t saying")', () => {
    expect(pairs('The harbour master isn’t saying what the repairs will cost.')).toEqual(['isn’t saying <- The harbour master']);
    expect(pairs("The pilots weren't talking about the fares.")).toEqual(["weren't talking about <- The pilots"]);
  });

  it('reads an adjective of belief after "be" before a clause without "that" that opens with a pronoun or a name', () => {
    expect(pairs('The skippers are hopeful they can keep the old pier.')).toEqual(['are hopeful <- The skippers']);
    expect(pairs('Reyes is skeptical Ortiz can win the harbour seat.')).toEqual(['is skeptical <- Reyes']);
    expect(pairs('The crews were afraid it would rain.')).toEqual([]);
  });

  it('keeps a manner adverb, "much" or "at length" between a verb and its own particle in the cue', () => {
    expect(pairs('Ortiz spoke warmly of the ferry crews.')).toEqual(['spoke warmly of <- Ortiz']);
    expect(pairs('The pilots don’t talk much about the fares.')).toEqual(['don’t talk much about <- The pilots']);
    expect(pairs('Reyes spoke at length about the new pier.')).toEqual(['spoke at length about <- Reyes']);
    expect(pairs('The harbour board voted narrowly for the new levy.')).toEqual(['voted narrowly for <- The harbour board']);
  });
  it('reads a verb and an adverb that end the text, with no particle after them, without failing', () => {
    expect(pairs('Ortiz spoke warmly')).toEqual([]);
    expect(pairs('Ortiz spoke at length')).toEqual([]);
  });
});

describe('cues after "to", thirty-fourth round (issue 14, PolNeAR train and dev)', () => {
  it('keeps "refused to", "needs to" and "struggled to" before a cue verb in the cue ("refused to discuss")', () => {
    expect(pairs('The pilots refused to discuss the new fares.')).toEqual(['refused to discuss <- The pilots']);
    expect(pairs('The ferry board needs to explain why the fares rose.')).toEqual(['needs to explain <- The ferry board']);
    expect(pairs('Ortiz struggled to defend the toll at the meeting.')).toEqual(['struggled to defend <- Ortiz']);
  });
});

describe('missed cues and cue edges, thirty-fifth round (issue 14, PolNeAR train and dev)', () => {
  it('reads "called" or "calls" before a name in the possessive as labelling what the name owns, with no quotation', () => {
    expect(pairs('The pier was shut. The harbour union called Ortiz’s plan a disgrace.')).toEqual(['called <- The harbour union']);
    expect(pairs('The pier was shut. Later, Reyes called Ortiz’s new fares unfair to the night crews.')).toEqual(['called <- Reyes']);
    expect(pairs('The pier was shut. The skippers met at a café called Lind’s Place.')).toEqual([]);
  });

  it('reads "that" between a noun and "said" or "read" before a quotation as the relative pronoun and source, not a determiner', () => {
    expect(pairs('The pilots handed out caps that said, “Keep the ferry.”')).toEqual(['said <- that']);
    expect(pairs('The mayor posted a message that said: “We will reopen the pier.”')).toEqual(['said <- that']);
    expect(pairs('The pilots handed out a leaflet that said the ferry was safe.')).toEqual([]);
  });

  it('leaves a date after "said" out of the cue whole, not cut at the full stop of a short month ("said Oct. 3")', () => {
    expect(pairs('“The pier is safe,” Ortiz said Oct. 3 at the harbour.')).toEqual(['said <- Ortiz']);
    expect(pairs('“The pier is safe,” Reyes said Tuesday morning at the harbour.')).toEqual(['said Tuesday morning <- Reyes']);
  });
});

describe('sources of found cues still missed, thirty-fifth round (issue 14, PolNeAR train and dev)', () => {
  it('takes the subject before "and then" or "but even" as the source of a verb after a comma ("…, and then said")', () => {
    expect(pairs('The harbour master locked the gate, and then said the pier would stay closed.')).toEqual(['said <- The harbour master']);
    expect(pairs('The skippers grumbled for an hour, but even agreed the pier was safe.')).toEqual(['agreed <- The skippers']);
  });

  it('takes the subject before the opening mark of a verb set in scare quotes', () => {
    expect(pairs('Few cheers came as she "endorsed" the new toll.')).toEqual(['endorsed <- she']);
  });

  it('takes a phrase with a determiner after the opening word of a subordinate clause as the subject a verb after "and" shares', () => {
    expect(pairs('Although the harbour board does not track the fares and has maintained that the pier is safe, the pilots disagree.')).toEqual(['has maintained <- the harbour board']);
  });

  it('reads past an opening preposition and time with no comma to the subject a participle after a comma shares', () => {
    expect(pairs('On Friday evening Ana Ortiz toured the new pier, telling reporters that the fog would lift.')).toEqual(['telling <- Ana Ortiz']);
  });

  it('gives a refusal in -ing after a comma the subject of its clause ("…, refusing to say")', () => {
    expect(pairs('Ortiz spent the day on the pier, refusing to say whether the toll would rise.')).toEqual(['refusing to say <- Ortiz']);
  });

  it('takes "me" or "us" after "let" as the source', () => {
    expect(pairs('Let me say that the pier is safe.')).toEqual(['say <- me']);
    expect(pairs('So let us praise the crews of the night ferry.')).toEqual(['praise <- us']);
  });
});

describe('extra proposals that stand alone, thirty-fifth round (issue 14, PolNeAR train and dev)', () => {
  it('nests the findings of a poll that opens the sentence with "In"', () => {
    expect(pairs('In a Harbour Gazette poll released Monday, 42 percent of the pilots said they would strike.')).toEqual(['In <- a Harbour Gazette poll released Monday']);
    expect(pairs('In a Harbour Gazette poll, most skippers said the fares were too high and wanted a vote.')).toEqual(['In <- a Harbour Gazette poll']);
  });

  it('nests a cue in the clause that an opening "As … reported," reports', () => {
    expect(pairs('As the Gazette reported, the harbour board refused to publish the ledger.')).toEqual(['reported <- the Gazette']);
  });

  it('nests a cue in a second "that" clause after "and"', () => {
    expect(pairs('The skipper said the pier was “a danger to everyone” and that he feared for his crew.')).toEqual(['said <- The skipper']);
    expect(pairs('The notice was changed to show that the ferry was late and that the pilots believe the toll is unfair.')).toEqual([]);
  });

  it('gives no source to a participle after a phrase that a preposition opening the sentence governs, even before a time', () => {
    expect(pairs('At a meeting billed as a town hall, the mayor unveiled a toll.')).toEqual(['billed <- -', 'unveiled <- the mayor']);
    expect(pairs('In new radio ads announced Wednesday, the mayor praises the pilots.')).toEqual(['announced <- -', 'praises <- the mayor']);
  });
});

describe('missed cues rejected by a guard, thirty-fifth round (issue 14, PolNeAR train and dev)', () => {
  it('reads any participle of the lexicon right before "that" as a cue, not "assuming that"', () => {
    expect(pairs('The mayor toured the old pier, conceding that the repairs had come too late.')).toEqual(['conceding <- The mayor']);
    expect(pairs('The harbour board fined the skipper after determining that the fees were owed.')).toEqual(['determining <- The harbour board']);
    expect(pairs('The mayor toured the old pier, conceding the point.')).toEqual([]);
    expect(pairs('The pilots waited on the quay, assuming that the ferry was late.')).toEqual([]);
  });

  it('reads such a participle before a colon as a cue too, not before "what"', () => {
    expect(pairs('The skippers were loud, with Reyes shouting: “Open the gate!”')).toEqual(['shouting <- Reyes']);
    expect(pairs('The crews did well, considering what the storm had left of the quay.')).toEqual([]);
  });
});

describe('missed cues with no lexicon word, thirty-sixth round (issue 14, PolNeAR train and dev)', () => {
  it('reads the missing forms of listed verbs as cues ("ponders", "deride", "was vouching for")', () => {
    const cases: Array<[string, string[]]> = [
      ['As the harbour master ponders the fares, the pilots wait on the quay.', ['ponders <- the harbour master']],
      ['The pilots deride the new toll as a tax on work.', ['deride <- The pilots']],
      ['The mayor rebuffs the union on the night ferry.', ['rebuffs <- The mayor']],
      ['The old skipper resists any change to the rota.', ['resists <- The old skipper']],
      ['Reyes was vouching for the new pilot.', ['was vouching for <- Reyes']],
      ['The columnist is savaging the harbour board again.', ['is savaging <- The columnist']],
      ['The crowd was taunting the mayor.', ['was taunting <- The crowd']],
      ['Ortiz trashes the plan for the marina.', ['trashes <- Ortiz']],
      ['The council was deeming the pier unsafe.', ['was deeming <- The council']],
      ['The mayor was exhorting the crews to stay home.', ['was exhorting <- The mayor']],
      ['Few pilots contemplate a strike this winter.', ['contemplate <- Few pilots']],
      ['Brandt was imagining a town without the ferry.', ['was imagining <- Brandt']],
    ];
    for (const [text, expected] of cases) expect(pairs(text), text).toEqual(expected);
  });

  it('reads "vetoed", "demonstrates", "reassures" and "debunked" as cues, not "demonstrated"', () => {
    expect(pairs('The governor vetoed the new harbour toll.')).toEqual(['vetoed <- The governor']);
    expect(pairs('The new survey demonstrates the decline of the harbour.')).toEqual(['demonstrates <- The new survey']);
    expect(pairs('The mayor reassures the pilots about their pensions.')).toEqual(['reassures <- The mayor']);
    expect(pairs('The harbour trust debunked the story about the toll.')).toEqual(['debunked <- The harbour trust']);
    expect(pairs('The new survey demonstrated the decline of the harbour.')).toEqual([]);
  });

  it('reads "rumors" and "warnings" right before the clause they report as nominal cues, not elsewhere', () => {
    expect(pairs('Rumors that the ferry would close spread fast.')).toEqual(['Rumors <- -']);
    expect(pairs('The board ignored warnings that the pier was unsafe.')).toEqual(['ignored <- The board', 'warnings <- -']);
    expect(pairs('The rumors were false.')).toEqual([]);
    expect(pairs('The warnings came too late.')).toEqual([]);
  });
});

describe('errors by where they stand, thirty-seventh round (issue 14, PolNeAR train and dev)', () => {
  const cuelessSources = (text: string) => analyzeText(text).spans.filter((s) => s.kind === 'attribution-source' && s.cueIds.length === 0).map((s) => s.text);
  it('takes the speaker of a title whose words open with a quotation mark after the colon', () => {
    expect(cuelessSources('Ortiz: ‘The Pier Will Close In May’\n\nMayor Ana Ortiz told the council on Monday.')).toEqual(['Ortiz']);
    expect(cuelessSources('Ortiz: “We Will Not Raise The Tolls”\n\nMayor Ana Ortiz met the pilots.')).toEqual(['Ortiz']);
    expect(cuelessSources("Reyes: 'The ferry stays.'\n\nTom Reyes spoke to the crews.")).toEqual(['Reyes']);
    expect(cuelessSources('Reyes: ‘The ferry stays.’\n\nThe mayor spoke to the crews.')).toEqual([]);
  });
  it('takes one word naming people of a kind or a news outlet as the speaker of a title', () => {
    expect(cuelessSources('Historians: The Old Pier Was Never Safe\n\nThe pier was built in 1911.')).toEqual(['Historians']);
    expect(cuelessSources('Insiders: Ortiz Will Run Again\n\nThe mayor has not said.')).toEqual(['Insiders']);
    expect(cuelessSources('Newspaper: The Harbour Board Hid The Tolls\n\nThe board denies it.')).toEqual(['Newspaper']);
  });
  it('takes the speaker of a title that opens with a figure after the colon', () => {
    expect(cuelessSources('Poll: 3 In 4 Pilots Back The Toll\n\nMost skippers want the night ferry kept.')).toEqual(['Poll']);
  });
  it('takes the speaker of a title before `on` its topic or `to` its addressee and the colon', () => {
    expect(cuelessSources('Ortiz on the Night Ferry Strike: Crews Deserve Better\n\nMayor Ana Ortiz met the pilots.')).toEqual(['Ortiz']);
    expect(cuelessSources('Harbour Master To Skippers: Stay In Port\n\nThe Harbour Master closed the pier.')).toEqual(['Harbour Master']);
    expect(cuelessSources('Reyes on the Tolls: Too High\n\nThe mayor spoke to the crews.')).toEqual([]);
    expect(cuelessSources('A Plan to Save the Pier: Sell the Ferry\n\nA Plan was drawn up.')).toEqual([]);
  });
});

describe('sources in a Title-Case headline, thirty-seventh round (issue 14, PolNeAR train)', () => {
  it('starts the source after a capitalised `As`, `While` or `To` inside it', () => {
    expect(pairs('Ferries Stay In Port As Pilots Demand Higher Pay')).toEqual(['Demand <- Pilots']);
    expect(pairs('Marlow Votes While Skippers Denounce The Toll')).toEqual(['Denounce <- Skippers']);
  });
  it('starts the source after a capitalised head of a relative clause with no `that`', () => {
    expect(pairs('The Only Reason Harbour Pilots Support Ortiz')).toEqual(['Support <- Harbour Pilots']);
    expect(pairs('Five Things Tom Reyes Has Said About The Pier')).toEqual(['Has Said <- Tom Reyes']);
  });
});

describe('source span edges, thirty-seventh round (issue 14, PolNeAR train and dev)', () => {
  it('keeps a "whose" clause between a subject and its cue after a colon, as after a comma', () => {
    expect(pairs('On the fares: Ortiz, whose crew includes pilots and clerks, said the pier would stay open.')).toEqual(['said <- Ortiz, whose crew includes pilots and clerks']);
  });

  it('ends a long headline in title case at its line break, so the name on the next line is the source', () => {
    const text = 'Early news.\n\nReyes 5ptsEditor 9:20PMOrtiz Says Closing The Pier Was A Sign Of Courage\nAna Ortiz defended the vote on Monday.';
    expect(pairs(text)).toContain('defended <- Ana Ortiz');
    // A hard-wrapped paragraph still runs on across its line break.
    expect(pairs('The ministry said at least 12 pilots were stranded on the quay at Marlow on the\nnight of the storm.\n\nPolice said two were held.')).toEqual(['said <- The ministry', 'said <- Police']);
  });

  it('keeps a capitalised "Today" after a capitalised word in the source: the name of a paper, not a time', () => {
    expect(pairs('A reporter for Marlow Today spotted Ortiz on the pier and reported her presence.')).toEqual(['reported <- A reporter for Marlow Today']);
    expect(pairs('The pier is shut, reports Marlow Today.')).toEqual(['reports <- Marlow Today']);
    expect(pairs('Many pilots today argue that the pier is unsafe.')).toEqual(['argue <- Many pilots today']);
  });
});

describe('a list of speakers after an opening prepositional phrase (issue 14)', () => {
  it('leaves the object of an opening preposition out of the list that follows its comma', () => {
    expect(pairs('Before the vote, Ortiz and Reyes said the pier would stay.')).toEqual(['said <- Ortiz and Reyes']);
    expect(pairs('After the storm, the pilots and the clerks said the pier was safe.')).toEqual(['said <- the pilots and the clerks']);
    expect(pairs('At the meeting, Ortiz, Reyes and Lind said the pier would stay.')).toEqual(['said <- Ortiz, Reyes and Lind']);
    // Inside a sentence, `as` opens a clause whose subject is the whole list.
    expect(pairs('The pier closed as the pilots, the clerks and the crews say it must.')).toEqual(['say <- the pilots, the clerks and the crews']);
  });
});

describe('forms of `told` that report nothing, thirty-eighth round (issue 14, PolNeAR train)', () => {
  const cues = (text: string) => analyzeText(text).spans.filter((s) => s.kind === 'attribution-cue').map((s) => text.slice(s.start, s.end));
  it('reads `All told,` as a phrase of summing up, not a report by `all`', () => {
    expect(pairs('All told, the pilots paid more than the clerks did this winter.')).toEqual([]);
    expect(cues('All told, the pilots paid more than the clerks did this winter.')).toEqual([]);
    expect(pairs('All told the skippers that the pier was shut.')).toContain('told <- All');
  });
  it('reads a bare `told` closing its sentence with no teller as a story told', () => {
    expect(cues('The tale of the old pier is seldom told. Reyes said the ferry would run.')).toEqual(['said']);
    expect(pairs('“The pier is shut,” Ortiz told the pilots.')).toEqual(['told <- Ortiz']);
  });
  it('reads `declined to` before a figure as a fall, not a refusal', () => {
    expect(cues('Fees from the ferry declined to $28 million last year.')).toEqual([]);
    expect(pairs('The harbour board declined to 40 berths this winter.')).toEqual([]);
    expect(pairs('Ortiz declined to name the pilots.')).toEqual(['declined <- Ortiz']);
  });
});
