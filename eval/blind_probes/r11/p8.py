A = ("The Valmora government approved plans on Monday for the country's largest offshore wind farm, with 120 turbines off the northern coast. "
"The project is expected to supply electricity to about 900,000 homes when it is completed in 2030. "
"Energy minister Clara Dunn said the farm would help Valmora close its last coal power station by 2032. "
"Fishing groups said the turbines would damage fishing grounds and have threatened legal action. "
"The developer, Borealis Energy, will pay 40 million euros a year into a fund for coastal communities. "
"Construction is due to begin next spring.")
B = ("Air pollution in the city of Trevik fell by 18 percent last year after a ban on older diesel cars in the city centre. "
"The city council said levels of nitrogen dioxide were the lowest since records began in 1998. "
"Businesses in the centre reported a small drop in customers during the first months of the ban. "
"Mayor Ivo Kral said the council was considering extending the ban to delivery vans. "
"Environmental groups welcomed the results but called for faster action.")
C = ("Global oil demand will grow by 1.1 million barrels a day this year, the International Energy Forum said in its monthly report. "
"The forum cut its forecast for next year, citing weaker growth in China. "
"Oil prices fell 2 percent after the report was published.")
S = [A, B, C]
PROBES = [
("On Monday the Valmora government gave the go-ahead for the country's biggest offshore wind farm. [1.1]", S, "S"),
("The government approved a 120-turbine offshore wind farm off Valmora's northern coast. [1.1]", S, "S"),
("The Valmora government rejected plans for the country's largest offshore wind farm. [1.1]", S, "R"),  # antonym
("The Valmora government approved plans for a wind farm with 150 turbines. [1.1]", S, "R"),  # number
("The Valmora government approved plans for the country's largest offshore wind farm off the southern coast. [1.1]", S, "R"),  # place
("The Valmora government approved plans for the world's largest offshore wind farm. [1.1]", S, "R"),  # superlative widened
("The project is expected to power around 900,000 homes once finished in 2030. [1.2]", S, "S"),
("The project will supply electricity to about 900,000 homes. [1.2]", S, "R"),  # expected dropped
("The project is expected to be completed in 2028. [1.2]", S, "R"),  # year
("Clara Dunn said the wind farm would help Valmora shut its last coal power station by 2032. [1.3]", S, "S"),
("The energy minister said the farm would help the country close its final coal plant by 2032. [1.3]", S, "S"),
("Clara Dunn said the farm would help Valmora close its last gas power station by 2032. [1.3]", S, "R"),  # sibling
("Clara Dunn said Valmora had closed its last coal power station. [1.3]", S, "R"),  # future -> past
("Borealis Energy said the farm would help Valmora close its last coal power station. [1.3][1.5]", S, "R"),  # speaker swap
("Fishing groups said the turbines would harm fishing grounds. [1.4]", S, "S"),
("Fishing groups have threatened to take legal action over the turbines. [1.4]", S, "S"),
("Fishing groups have taken legal action against the turbines. [1.4]", S, "R"),  # threat -> done
("Fishing groups said the turbines would benefit fishing grounds. [1.4]", S, "R"),  # antonym
("Borealis Energy will pay 40 million euros annually into a fund for coastal communities. [1.5]", S, "S"),
("Developer Borealis Energy is to contribute 40 million euros each year to a coastal communities fund. [1.5]", S, "S"),
("Borealis Energy will pay 40 million euros into a fund for coastal communities. [1.5]", S, "R"),  # rate dropped
("Borealis Energy will pay 40 million euros a year into a fund for fishing groups. [1.4][1.5]", S, "R"),  # recipient swap across sentences
("Construction is scheduled to start next spring. [1.6]", S, "S"),
("Construction began last spring. [1.6]", S, "R"),  # tense/time
("Air pollution in Trevik dropped 18 percent last year following a ban on older diesel cars in the centre. [2.1]", S, "S"),
("Air pollution in Trevik rose by 18 percent last year. [2.1]", S, "R"),  # antonym
("Air pollution in Trevik fell by 18 percent last year after a ban on all diesel cars. [2.1]", S, "R"),  # restriction dropped
("Air pollution in Trevik fell by 18 percent last year after a ban on older petrol cars. [2.1]", S, "R"),  # sibling
("The council said nitrogen dioxide levels were at their lowest since records began in 1998. [2.2]", S, "S"),
("The council said nitrogen dioxide levels were the highest since records began in 1998. [2.2]", S, "R"),  # antonym
("Businesses in the centre reported slightly fewer customers in the first months of the ban. [2.3]", S, "S"),
("Businesses in the centre reported a sharp drop in customers during the first months of the ban. [2.3]", S, "R"),  # small -> sharp
("Ivo Kral said the council was considering extending the ban to delivery vans. [2.4]", S, "S"),
("Mayor Ivo Kral said the council might extend the ban to delivery vans. [2.4]", S, "S"),
("Mayor Ivo Kral said the council had extended the ban to delivery vans. [2.4]", S, "R"),  # considering -> did
("Mayor Ivo Kral said the council was considering extending the ban to buses. [2.4]", S, "R"),  # object swap
("Environmental groups welcomed the results but urged quicker action. [2.5]", S, "S"),
("Environmental groups criticised the results. [2.5]", S, "R"),  # antonym
("The International Energy Forum said global oil demand would rise by 1.1 million barrels a day this year. [3.1]", S, "S"),
("The International Energy Forum said global oil demand would grow by 1.1 million barrels a day next year. [3.1]", S, "R"),  # time swap
("The forum lowered its forecast for next year, pointing to weaker growth in China. [3.2]", S, "S"),
("The forum raised its forecast for next year, citing stronger growth in China. [3.2]", S, "R"),  # antonyms
("The forum cut its forecast for next year, citing weaker growth in India. [3.2]", S, "R"),  # place
("Oil prices dropped 2 percent after the report came out. [3.3]", S, "S"),
("Oil prices fell 2 percent because of weaker growth in China. [3.2][3.3]", S, "R"),  # invented cause
]
