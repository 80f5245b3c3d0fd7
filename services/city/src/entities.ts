import { Campaign, City } from './city/city.entity';

export const entities = [City, Campaign];
